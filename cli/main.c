#include "config.h"
#include <stdio.h>
#include "samnet.h"
int main(void) { sn_setup(); puts(PACKAGE_STRING); return 0; }
