#pragma once

#include <QThreadPool>

#include <memory>
#include <type_traits>

namespace aks {

// Frees a large value (a backup's objects, a job's result) on a pool thread. Dropping 50,000
// parsed objects held the UI thread for tens of milliseconds. The value must not hold QObjects.
template <typename T> void releaseInBackground(T&& value) {
    static_assert(!std::is_lvalue_reference_v<T>, "pass the value with std::move");
    auto holder = std::make_shared<std::decay_t<T>>(std::move(value));
    QThreadPool::globalInstance()->start([held = std::move(holder)]() mutable { held.reset(); });
}

} // namespace aks
