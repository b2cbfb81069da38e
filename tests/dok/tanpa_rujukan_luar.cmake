# tanpa_rujukan_luar.cmake - the repository explains itself.
#
# A clone has neither the project's private background files nor its
# tracker, so no tracked file may send a reader to them: no reference to the
# background notes (the design and domain notes, the seed folder, the shared
# folder beside the repository), and no ticket number (the English word for
# a tracker item followed by a number, or the Indonesian word for ticket).
# Comments name the rule they follow (a regulation, a Calc behaviour, a
# file-format fact) and point to docs/.  The exact patterns are below.
#
# The rule, precisely:
#  - every tracked text file is searched (git grep -I), docs/ included:
#    docs/ names the example report by its title and its file name
#    (lkjip-diskominfo-mojokerto-2024.txt), never by a path outside the
#    repository;
#  - fuzz inputs are data, not prose, and are not searched
#    (tests/fuzz/korpus/, tests/fuzz/regresi/);
#  - the CI runner (.ci/, scripts/ci/) is not searched: its job is to lay
#    out a clone exactly as CI does, with the shared folder beside it;
#  - this file spells its patterns with character classes and describes
#    them in words, so it does not match itself.
#
# Needs git and a git checkout (CI always has a clone); without either the
# test fails: a check that cannot run must not pass.
#
#   cmake -DSUMBER=<source dir> -DGIT=<git> -P tanpa_rujukan_luar.cmake

if(NOT SUMBER)
  message(FATAL_ERROR "tanpa_rujukan_luar: pass -DSUMBER=<source dir>")
endif()
if(NOT GIT OR NOT EXISTS "${GIT}")
  message(FATAL_ERROR
    "tanpa_rujukan_luar: git not found (GIT='${GIT}'): install git; "
    "this check reads the tracked tree with git grep")
endif()

execute_process(
  COMMAND "${GIT}" -C "${SUMBER}" rev-parse --is-inside-work-tree
  RESULT_VARIABLE hasil_rev OUTPUT_VARIABLE keluaran_rev ERROR_VARIABLE galat_rev
  OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT hasil_rev EQUAL 0 OR NOT keluaran_rev STREQUAL "true")
  message(FATAL_ERROR
    "tanpa_rujukan_luar: ${SUMBER} is not a git checkout (${galat_rev}); "
    "run the tests from a clone")
endif()

# Files outside the repository.
set(pola_luar "design[.]md|domain[.]md|shared/[s]eed|[.][.]/[s]hared")
# Ticket numbers, singular or plural, with or without '#'.
set(pola_nomor "[Ii]ssues? #?[0-9]|[Tt][i]ket")

execute_process(
  COMMAND "${GIT}" -C "${SUMBER}" grep -n -I -E "${pola_luar}|${pola_nomor}"
          -- . ":(exclude)tests/fuzz/korpus" ":(exclude)tests/fuzz/regresi"
          ":(exclude).ci" ":(exclude)scripts/ci"
  RESULT_VARIABLE hasil OUTPUT_VARIABLE temuan ERROR_VARIABLE galat)

# git grep: 0 found, 1 nothing found, anything else failed.
if(hasil EQUAL 1)
  message(STATUS "tanpa_rujukan_luar: no reference outside the repository, no ticket number")
  return()
endif()
if(NOT hasil EQUAL 0)
  message(FATAL_ERROR "tanpa_rujukan_luar: git grep failed (${hasil}): ${galat}")
endif()

string(REGEX MATCHALL "\n" baris_baru "${temuan}")
list(LENGTH baris_baru jumlah)
message("${temuan}")
message(FATAL_ERROR
  "tanpa_rujukan_luar: ${jumlah} line(s) above point outside the repository "
  "or name a ticket.  Name the rule instead (a regulation, a Calc behaviour, "
  "a file-format fact) and point to docs/ (docs/README.md lists the pages).")
