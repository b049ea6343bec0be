/* models/players_private.h: comma-separated lists, shared by the player modules. */
#ifndef SAMNET_MODELS_PLAYERS_PRIVATE_H
#define SAMNET_MODELS_PLAYERS_PRIVATE_H

#include <stddef.h>

/* The number of comma-separated items of s ("" is one empty item). */
size_t sn__list_count(const char *s);

/* A copy of item k (0-based, below sn__list_count(s)) of s; NULL when out of memory. */
char *sn__list_item(const char *s, size_t k);

#endif
