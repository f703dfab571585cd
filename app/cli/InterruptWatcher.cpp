#include "InterruptWatcher.h"

#include <QtGlobal>

#include <csignal>
#include <thread>

#ifndef Q_OS_WIN
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace aks {
namespace {

// One watcher at a time: the handler has no other way to find it.
CancelToken* g_token = nullptr;
#ifndef Q_OS_WIN
int g_wakeFd = -1;
#endif

extern "C" void onInterrupt(int) {
#ifdef Q_OS_WIN
    if (g_token)
        g_token->cancel();
#else
    const int saved = errno; // write() is async-signal-safe; errno is the interrupted code's
    const char byte = 'i';
    [[maybe_unused]] const auto n = ::write(g_wakeFd, &byte, 1);
    errno = saved;
#endif
}

} // namespace

struct InterruptWatcher::Impl {
    CancelToken token;
#ifndef Q_OS_WIN
    int fds[2] = {-1, -1};
    std::thread thread;
#endif
};

InterruptWatcher::InterruptWatcher(CancelToken token) : m_impl(std::make_unique<Impl>()) {
    m_impl->token = std::move(token);
    g_token = &m_impl->token;
#ifndef Q_OS_WIN
    // Close-on-exec: the tools this command starts must not hold the pipe.
    if (::pipe(m_impl->fds) == 0 && ::fcntl(m_impl->fds[0], F_SETFD, FD_CLOEXEC) == 0 &&
        ::fcntl(m_impl->fds[1], F_SETFD, FD_CLOEXEC) == 0) {
        g_wakeFd = m_impl->fds[1];
        m_impl->thread = std::thread([impl = m_impl.get()] {
            char byte = 0;
            ssize_t n;
            while ((n = ::read(impl->fds[0], &byte, 1)) < 0 && errno == EINTR) {
            }
            // 'i' is a signal; anything else (or a closed pipe) is the destructor.
            if (n == 1 && byte == 'i')
                impl->token.cancel();
        });
    }
#endif
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

InterruptWatcher::~InterruptWatcher() {
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_token = nullptr;
#ifndef Q_OS_WIN
    if (m_impl->thread.joinable()) {
        const char byte = 'q';
        [[maybe_unused]] const auto n = ::write(m_impl->fds[1], &byte, 1);
        m_impl->thread.join();
    }
    g_wakeFd = -1;
    for (int fd : m_impl->fds)
        if (fd >= 0)
            ::close(fd);
#endif
}

} // namespace aks
