## cli: the samnet command (thin: parse, call the library, format)
# Every file of the command but main.c and the two commands whose option parsers the option
# fuzzer compiles in place (tests/fuzz/options_*.c); tests/local.mk links this same list into
# that harness, so a new command is added here, once, and to cli/commands.c.
CLI_SHARED_SOURCES = cli/cli.h cli/commands.h cli/commands.c cli/options.c cli/output.c \
	cli/outfile.c cli/data.c cli/structure_table.c cli/structure_table.h \
	cli/cmd_validate.c cli/cmd_summary.c cli/cmd_significance.c cli/cmd_backbone.c \
	cli/cmd_centrality.c cli/cmd_brokerage.c cli/cmd_coalition.c cli/cmd_export.c \
	cli/cmd_report.c cli/cmd_generate.c cli/cmd_import.c cli/cmd_dynamics.c

samnet_SOURCES += cli/main.c cli/cmd_power.c cli/cmd_communities.c $(CLI_SHARED_SOURCES)
