## cli: the samnet command (thin: parse, call the library, format)
# Every file of the command but main.c and the two commands whose option parsers the option
# fuzzer compiles in place (tests/fuzz/options_*.c); tests/local.mk links this same list into
# that harness, so a new command is added here, once, and to cli/commands.c.
CLI_SHARED_SOURCES = cli/cli.h cli/commands.h cli/commands.c cli/options.c cli/option_values.c \
	cli/messages.c cli/help.c cli/output.c \
	cli/outfile.c cli/outfile.h cli/outfile_signal.c cli/outfile_target.c \
	cli/data.c \
	cli/cmd_validate.c cli/cmd_summary.c cli/cmd_significance.c cli/cmd_backbone.c \
	cli/cmd_centrality.c cli/cmd_brokerage.c cli/cmd_coalition.c cli/cmd_export.c \
	cli/cmd_report.c cli/cmd_generate.c cli/cmd_import.c cli/cmd_dynamics.c cli/cmd_actor.c cli/cmd_serve.c \
	cli/man.c cli/whatif.c cli/whatif.h $(SERVE_SOURCES)

samnet_SOURCES += cli/main.c cli/cmd_power.c cli/cmd_communities.c $(CLI_SHARED_SOURCES)

# Man pages generated from the command tables (samnet --man), installed and in the tarball;
# bash completion from samnet --complete (issue 22).  A new command adds its page here;
# tests/man.test fails until it does.
SAMNET_MANS = doc/samnet.1 doc/samnet-validate.1 doc/samnet-summary.1 doc/samnet-centrality.1 \
	doc/samnet-actor.1 doc/samnet-brokerage.1 doc/samnet-communities.1 \
	doc/samnet-significance.1 doc/samnet-backbone.1 doc/samnet-coalition.1 \
	doc/samnet-power.1 doc/samnet-export.1 doc/samnet-report.1 doc/samnet-generate.1 \
	doc/samnet-dynamics.1 doc/samnet-import.1 doc/samnet-serve.1
dist_man_MANS += $(SAMNET_MANS)
DISTCLEANFILES = $(SAMNET_MANS)
$(SAMNET_MANS): samnet$(EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) doc && name=`basename $@ .1` && cmd=`echo $$name | sed 's/^samnet-\{0,1\}//'` && \
	./samnet$(EXEEXT) --man $$cmd > $@.tmp && mv $@.tmp $@
bashcompletiondir = $(datadir)/bash-completion/completions
dist_bashcompletion_DATA = doc/completion/samnet
# `make installcheck` (and so distcheck): `man -l` reads every installed page without a warning.
installcheck-local:
	@command -v man >/dev/null 2>&1 || { echo "man not installed: pages not checked"; exit 0; }; \
	for p in $(SAMNET_MANS); do \
		f="$(DESTDIR)$(man1dir)/`basename $$p`"; \
		test -f "$$f" || { echo "missing installed page $$f"; exit 1; }; \
		w=`MANWIDTH=80 LC_ALL=C.UTF-8 man -l --warnings "$$f" 2>&1 >/dev/null`; \
		test -z "$$w" || { echo "man -l $$f: $$w"; exit 1; }; \
	done; echo "man -l: $(words $(SAMNET_MANS)) installed pages read without a warning"
