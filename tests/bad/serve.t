# samnet serve (issue 21): bad options are usage errors (exit 2) before anything listens.
$ samnet serve --port 99999
samnet serve: --port must be between 0 and 65535, got 99999
Try 'samnet serve --help'.
? 2
$ samnet serve --port abc
samnet serve: --port expects a whole number, got 'abc'
Try 'samnet serve --help'.
? 2
$ samnet serve --listen bogus
samnet serve: --listen: 'bogus' is not an IPv4 or IPv6 address
Try 'samnet serve --help'.
? 2
$ samnet serve --listen 999.1.1.1
samnet serve: --listen: '999.1.1.1' is not an IPv4 or IPv6 address
Try 'samnet serve --help'.
? 2
