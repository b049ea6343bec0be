# samnet brokerage on tests/data/mini, groups = county (almi has none and forms group "none").
# Raw counts checked with a brute-force Python loop over ordered open paths i-j-k of the
# actor projection, each tie read both ways (sna::brokerage's reading):
# malmo [coordinator 2, itinerant 0, representative 3, gatekeeper 3, liaison 2],
# skane [0, 0, 1, 1, 2], lu [2, 0, 1, 1, 0]; itinerant z is nan (0/0) where its sd is 0.
# z-scores are under the undirected Bernoulli graph: coordinator, itinerant, liaison and
# total are sna::brokerage's z (directed null) divided by sqrt 2, e.g. malmo coordinator
# 1.179 / 1.414 = 0.8333; representative and gatekeeper are sna's (check_brokerage checks
# the moments against every graph on six vertices).

$ samnet brokerage tests/data/mini --format csv
rank,id,name,type,group,coordinator,coordinator_z,itinerant,itinerant_z,representative,representative_z,gatekeeper,gatekeeper_z,liaison,liaison_z,total,total_z
1,malmo,Malmö,kommun,Skåne län,2,0.8333333333333331,0,nan,3,2.160579424199874,3,2.160579424199874,2,2.39791576165636,10,2.538981798168031
2,lu,Lunds universitet,university,Skåne län,2,0.8333333333333331,0,nan,1,0.11371470653683532,1,0.11371470653683532,0,-0.4170288281141496,4,0.374165738677394
3,skane,Region Skåne,region,Skåne län,0,-0.6666666666666667,0,nan,1,0.11371470653683532,1,0.11371470653683532,2,2.39791576165636,4,0.374165738677394
4,almi,"Almi Företagspartner Syd, AB",company,none,0,nan,0,-0.8798826901281198,0,nan,0,nan,0,-0.7427813527082074,0,-1.0690449676496976
5,halland,Region Halland,region,Hallands län,0,nan,0,-0.8798826901281198,0,nan,0,nan,0,-0.7427813527082074,0,-1.0690449676496976
6,lund,Lund,kommun,Skåne län,0,-0.6666666666666667,0,nan,0,-0.9097176522946843,0,-0.9097176522946843,0,-0.4170288281141496,0,-1.0690449676496976

role,count,expected
coordinator,4,3.5555555555555562
itinerant,0,3.5555555555555562
representative,5,3.5555555555555562
gatekeeper,5,3.5555555555555562
liaison,4,3.5555555555555562
total,18,17.77777777777778

# By type (brute force as above): lu liaison 4; malmo representative 3, gatekeeper 3, liaison 4.
$ samnet brokerage tests/data/mini --groups type --sort liaison --top 2 --format csv
rank,id,name,type,group,coordinator,coordinator_z,itinerant,itinerant_z,representative,representative_z,gatekeeper,gatekeeper_z,liaison,liaison_z,total,total_z
1,lu,Lunds universitet,university,university,0,nan,0,-0.5897678246195885,0,nan,0,nan,4,0.6874999999999998,4,0.374165738677394
2,malmo,Malmö,kommun,kommun,0,nan,0,-0.4170288281141496,3,3.0175492453770922,3,3.0175492453770922,4,1.402136368031948,10,2.538981798168031

role,count,expected
coordinator,0,0
itinerant,0,2.3703703703703707
representative,5,2.3703703703703707
gatekeeper,5,2.3703703703703707
liaison,8,10.666666666666666
total,18,17.77777777777778

$ samnet brokerage tests/data/mini --groups region
samnet brokerage: --groups must be county or type, not 'region'
Try 'samnet brokerage --help'.
? 2

$ samnet brokerage tests/data/mini --sort broker
samnet brokerage: --sort must be a role: coordinator, itinerant, representative, gatekeeper, liaison or total, not 'broker'
Try 'samnet brokerage --help'.
? 2
