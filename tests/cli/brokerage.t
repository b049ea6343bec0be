# samnet brokerage on tests/data/mini, groups = county (almi has none and forms group "none").
# Raw counts checked with a brute-force Python loop over ordered open paths i-j-k of the
# actor projection, each tie read both ways (sna::brokerage's reading):
# malmo [coordinator 2, itinerant 0, representative 3, gatekeeper 3, liaison 2],
# skane [0, 0, 1, 1, 2], lu [2, 0, 1, 1, 0]; itinerant z is nan (0/0) where its sd is 0.

$ samnet brokerage tests/data/mini --format csv
rank,id,name,type,group,coordinator,coordinator_z,itinerant,itinerant_z,representative,representative_z,gatekeeper,gatekeeper_z,liaison,liaison_z,total,total_z
1,malmo,Malmö,kommun,Skåne län,2,1.1785113019775788,0,nan,3,2.160579424199874,3,2.160579424199874,2,3.3911649915626336,10,3.590662493587658
2,lu,Lunds universitet,university,Skåne län,2,1.1785113019775788,0,nan,1,0.11371470653683532,1,0.11371470653683532,0,-0.5897678246195885,4,0.5291502622129179
3,skane,Region Skåne,region,Skåne län,0,-0.9428090415820635,0,nan,1,0.11371470653683532,1,0.11371470653683532,2,3.3911649915626336,4,0.5291502622129179
4,almi,"Almi Företagspartner Syd, AB",company,none,0,nan,0,-1.2443420336765105,0,nan,0,nan,0,-1.0504514628777806,0,-1.5118578920369088
5,halland,Region Halland,region,Hallands län,0,nan,0,-1.2443420336765105,0,nan,0,nan,0,-1.0504514628777806,0,-1.5118578920369088
6,lund,Lund,kommun,Skåne län,0,-0.9428090415820635,0,nan,0,-0.9097176522946843,0,-0.9097176522946843,0,-0.5897678246195885,0,-1.5118578920369088

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
1,lu,Lunds universitet,university,university,0,nan,0,-0.8340576562282992,0,nan,0,nan,4,0.9722718241315026,4,0.5291502622129179
2,malmo,Malmö,kommun,kommun,0,nan,0,-0.5897678246195885,3,3.0175492453770922,3,3.0175492453770922,4,1.9829202679673343,10,3.590662493587658

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
