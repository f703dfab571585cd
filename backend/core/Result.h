#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace aks {

// An error an admin can act on: what went wrong in one sentence, and optional detail (the command
// that ran, the last lines it printed). Both are already redacted when they are built.
struct Error {
    enum class Kind {
        Generic,
        BadInput,
        NotFound,
        PermissionDenied,
        Timeout,
        Cancelled,
        Crashed,
        FailedToStart,
        ExitCode,
        BadOutput,
        Network,
        Corrupt,
    };

    Kind kind = Kind::Generic;
    QString message;
    QString detail;

    static Error make(Kind kind, QString message, QString detail = {}) {
        return Error{kind, std::move(message), std::move(detail)};
    }
    QString fullText() const { return detail.isEmpty() ? message : message + QStringLiteral("\n") + detail; }
};

// A small std::expected stand-in (GCC 12 ships no <expected>): a value or an Error.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace aks
