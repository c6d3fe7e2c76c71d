// How long one atomic read-modify-write (a lock-prefixed add, what every Swift
// retain and release does) takes on this machine, against a plain add: the
// reason benchmarks/instructions.sh counts atomic operations apart.
//
//   cc -O2 benchmarks/atomic-cost.c -o atomic-cost && ./atomic-cost
#include <stdint.h>
#include <stdio.h>
#include <time.h>

static double seconds(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (double)now.tv_sec + (double)now.tv_nsec * 1e-9;
}

int main(void) {
  enum { rounds = 100000000 };
  // One counter per cache line, as objects' reference counts are.
  static uint64_t counters[64 * 8];
  double start = seconds();
  for (long i = 0; i < rounds; i++) {
    __atomic_fetch_add(&counters[(i & 63) * 8], 1, __ATOMIC_RELAXED);
  }
  double atomic = (seconds() - start) / rounds;
  start = seconds();
  for (long i = 0; i < rounds; i++) {
    counters[(i & 63) * 8] += 1;
    __asm__ volatile("" ::: "memory");
  }
  double plain = (seconds() - start) / rounds;
  printf("%.1f ns per atomic add, %.1f ns per plain add\n", atomic * 1e9, plain * 1e9);
  return 0;
}
