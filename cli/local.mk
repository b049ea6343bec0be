## cli: the samnet command (thin: parse, call the library, format)
samnet_SOURCES += cli/main.c
