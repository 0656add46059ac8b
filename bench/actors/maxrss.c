/* maxrss OUTFILE COMMAND [ARG...]: run COMMAND, write its peak resident set
 * size (ru_maxrss from wait4, in KiB) to OUTFILE, exit with its status
 * (128 + the signal number if a signal ended it).
 *
 * run.py starts every benchmark through this small launcher because a
 * child's ru_maxrss counts the resident size of the process it was forked
 * from (Linux carries the pre-exec high-water mark across execve): forked
 * straight from Python, every program would report at least the harness's
 * own ~17 MiB.  Forked from here, the floor is this launcher's ~1 MiB. */
#include <errno.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: maxrss OUTFILE COMMAND [ARG...]\n");
    return 2;
  }
  pid_t pid = fork();
  if (pid < 0) {
    perror("maxrss: fork");
    return 2;
  }
  if (pid == 0) {
    execvp(argv[2], argv + 2);
    perror("maxrss: exec");
    _exit(127);
  }
  int status = 0;
  struct rusage usage;
  while (wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) {
      perror("maxrss: wait4");
      return 2;
    }
  }
  FILE *out = fopen(argv[1], "w");
  if (out == NULL || fprintf(out, "%ld\n", usage.ru_maxrss) < 0 || fclose(out) != 0) {
    perror("maxrss: write");
    return 2;
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return 128 + WTERMSIG(status);
}
