library(testthat)
library(samnet)

test_check("samnet")
