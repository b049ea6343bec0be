# samnet summary --structure on tests/data/mini: the structure and mixing tables of the
# count projection.  Checked with NetworkX 2.8.8 on the same graph: nx.density,
# nx.transitivity, nx.average_clustering, nx.diameter, nx.average_shortest_path_length,
# max(nx.core_number), nx.attribute_assortativity_coefficient by type and (on the actors
# with a county) by county; Gini by the pair formula; E-I = (between - within) / all.

$ samnet summary tests/data/mini --structure --format csv
...
measure,value
density,0.6666666666666666
components,1
largest component share,1
isolates,0
diameter in hops (longest finite),2
average path length (connected pairs),1.3333333333333333
transitivity (global),0.6666666666666666
average clustering (degree < 2 as 0),0.8055555555555555
average clustering (degree >= 2 only),0.8055555555555555
degree min,2
degree median,3.5
degree max,5
degree Gini,0.18333333333333335
strength min,2
strength median,4
strength max,7
strength Gini,0.25
degeneracy (max k-core),3
actors in the max k-core,4
articulation points,0
bridges,0

groups,ties_within,ties_between,ei_index,assortativity,actors_without_group
type,2,8,0.6,-0.1034482758620689,0
county,5,2,-0.42857142857142855,-0.16666666666666635,1
