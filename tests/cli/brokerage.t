# samnet brokerage on tests/data/mini, groups = county (almi has none and forms group "none").
# Raw counts checked with a brute-force Python loop over ordered open paths i-j-k of the
# actor projection, each tie read both ways (sna::brokerage's reading):
# malmo [coordinator 2, itinerant 0, representative 3, gatekeeper 3, liaison 2],
# skane [0, 0, 1, 1, 2], lu [2, 0, 1, 1, 0]; itinerant z is empty where its sd is 0.
# z-scores are under the undirected Bernoulli graph: coordinator, itinerant, liaison and
# total are sna::brokerage's z (directed null) divided by sqrt 2, e.g. malmo coordinator
# 1.179 / 1.414 = 0.8333; representative and gatekeeper are sna's (check_brokerage checks
# the moments against every graph on six vertices).

$ samnet brokerage tests/data/mini --format csv
rank,id,name,type,group,coordinator,coordinator_z,itinerant,itinerant_z,representative,representative_z,gatekeeper,gatekeeper_z,liaison,liaison_z,total,total_z
1,malmo,Malmö,kommun,Skåne län,2,0.8333,0,,3,2.161,3,2.161,2,2.398,10,2.539
2,lu,Lunds universitet,university,Skåne län,2,0.8333,0,,1,0.1137,1,0.1137,0,-0.417,4,0.3742
3,skane,Region Skåne,region,Skåne län,0,-0.6667,0,,1,0.1137,1,0.1137,2,2.398,4,0.3742
4,almi,"Almi Företagspartner Syd, AB",company,none,0,,0,-0.8799,0,,0,,0,-0.7428,0,-1.069
5,halland,Region Halland,region,Hallands län,0,,0,-0.8799,0,,0,,0,-0.7428,0,-1.069
6,lund,Lund,kommun,Skåne län,0,-0.6667,0,,0,-0.9097,0,-0.9097,0,-0.417,0,-1.069

role,count,expected
coordinator,4,3.55556
itinerant,0,3.55556
representative,5,3.55556
gatekeeper,5,3.55556
liaison,4,3.55556
total,18,17.7778

# By type (brute force as above): lu liaison 4; malmo representative 3, gatekeeper 3, liaison 4.
$ samnet brokerage tests/data/mini --groups type --sort liaison --top 2 --format csv
rank,id,name,type,group,coordinator,coordinator_z,itinerant,itinerant_z,representative,representative_z,gatekeeper,gatekeeper_z,liaison,liaison_z,total,total_z
1,lu,Lunds universitet,university,university,0,,0,-0.5898,0,,0,,4,0.6875,4,0.3742
2,malmo,Malmö,kommun,kommun,0,,0,-0.417,3,3.018,3,3.018,4,1.402,10,2.539

role,count,expected
coordinator,0,0
itinerant,0,2.37037
representative,5,2.37037
gatekeeper,5,2.37037
liaison,8,10.6667
total,18,17.7778

$ samnet brokerage tests/data/mini --groups region
samnet brokerage: --groups must be county or type, not 'region'
Try 'samnet brokerage --help'.
? 2

$ samnet brokerage tests/data/mini --sort broker
samnet brokerage: --sort must be a role: coordinator, itinerant, representative, gatekeeper, liaison or total, not 'broker'
Try 'samnet brokerage --help'.
? 2
