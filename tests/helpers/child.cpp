// Misbehaves on request: aks-test-child <mode> [args]
//   print N          N lines on stdout, then exit 0
//   large MB         MB megabytes of lines on stdout
//   utf8             UTF-8 text (Japanese, emoji) on stdout
//   exit CODE        a line on stderr, then that exit code
//   crash            a partial line, then SIGSEGV-like abort
//   hang             sleep forever (ignores nothing)
//   hang-term        sleep forever and ignore SIGTERM
//   spawn-hang       a grandchild that sleeps forever, then hang
//   garbage          bytes that are not JSON or UTF-8
//   json             a JSON object
//   slow N           N lines, one every 100 ms
//   stdin            echo stdin back
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

int main(int argc, char** argv) {
    if (argc < 2)
        return 2;
    const std::string mode = argv[1];
    const long n = argc > 2 ? std::strtol(argv[2], nullptr, 10) : 0;
    if (mode == "print") {
        for (long i = 0; i < n; ++i)
            std::printf("line %ld\n", i);
        return 0;
    }
    if (mode == "large") {
        std::string line(99, 'x');
        line += '\n';
        const long lines = n * 1024 * 1024 / 100;
        for (long i = 0; i < lines; ++i)
            std::fwrite(line.data(), 1, line.size(), stdout);
        return 0;
    }
    if (mode == "utf8") {
        std::printf("バックアップ復元 ✓ 😀\nüñïçødé\n");
        return 0;
    }
    if (mode == "exit") {
        std::fprintf(stderr, "error: something failed with sig=SECRETSIGNATURE123\n");
        return int(n);
    }
    if (mode == "crash") {
        std::printf("partial output");
        std::fflush(stdout);
        std::abort();
    }
    if (mode == "hang-term") {
        std::signal(SIGTERM, SIG_IGN);
        for (;;)
            pause();
    }
    if (mode == "spawn-hang") {
        if (fork() == 0) {
            std::printf("grandchild %d\n", int(getpid()));
            std::fflush(stdout);
            for (;;)
                pause();
        }
        for (;;)
            pause();
    }
    if (mode == "hang") {
        for (;;)
            pause();
    }
    if (mode == "garbage") {
        const unsigned char bytes[] = {0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28, 0x0a};
        std::fwrite(bytes, 1, sizeof bytes, stdout);
        return 0;
    }
    if (mode == "json") {
        std::printf("{\"name\": \"shop-prod\", \"count\": 3}\n");
        return 0;
    }
    if (mode == "slow") {
        for (long i = 0; i < n; ++i) {
            std::printf("slow %ld\n", i);
            std::fflush(stdout);
            usleep(100000);
        }
        return 0;
    }
    if (mode == "stdin") {
        char buf[4096];
        size_t got;
        while ((got = std::fread(buf, 1, sizeof buf, stdin)) > 0)
            std::fwrite(buf, 1, got, stdout);
        return 0;
    }
    return 2;
}
