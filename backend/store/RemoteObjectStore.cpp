#include "RemoteObjectStore.h"

#include <algorithm>

namespace aks {
namespace {

constexpr int kMaxListingPages = 100000;
constexpr qint64 kMaxListingPageBytes = 64 * 1024 * 1024;

} // namespace

RemoteObjectStore::RemoteObjectStore(StoreSpec spec, StoreCredentials credentials, HttpOptions http)
    : m_spec(std::move(spec)), m_credentials(std::move(credentials)), m_http(std::move(http)) {
    m_credentials.registerSecrets();
}

QString RemoteObjectStore::displayName() const {
    return m_spec.toString();
}

Result<QList<StoreObject>> RemoteObjectStore::listPages(const QString& prefix, int maxPages,
                                                        const CancelToken& cancel) {
    const QString fullPrefix = m_spec.prefix.isEmpty() ? prefix : m_spec.prefix + QLatin1Char('/') + prefix;
    const QString what = tr("the listing of '%1'").arg(prefix);
    QList<StoreObject> objects;
    QString token;
    for (int page = 0; page < maxPages; ++page) {
        auto response = m_http.get(request(listPath(), listQuery(fullPrefix, token, m_pageSize)), what,
                                   kMaxListingPageBytes, cancel);
        if (!response)
            return response.error();
        if (!response->isSuccess())
            return httpError(*response, what);
        auto parsed = StoreListingParser::parse(dialect(), response->body, fullPrefix, m_spec.prefix);
        if (!parsed)
            return Error::make(
                Error::Kind::BadOutput,
                tr("%1 sent a listing this app cannot read: %2.").arg(displayName(), parsed.error().message));
        objects.append(parsed->objects);
        if (parsed->next.isEmpty())
            break;
        if (parsed->next == token) // a server repeating itself would list forever
            return Error::make(
                Error::Kind::BadOutput,
                tr("%1 sent the same page token twice; the listing cannot go on.").arg(displayName()));
        token = parsed->next;
    }
    std::sort(objects.begin(), objects.end(),
              [](const StoreObject& a, const StoreObject& b) { return a.key < b.key; });
    return objects;
}

Status RemoteObjectStore::checkAccess(const CancelToken& cancel) {
    const int saved = m_pageSize;
    m_pageSize = 1;
    auto r = listPages(QString(), 1, cancel);
    m_pageSize = saved;
    if (!r)
        return r.error();
    return {};
}

Result<QList<StoreObject>> RemoteObjectStore::list(const QString& prefix, const CancelToken& cancel) {
    return listPages(prefix, kMaxListingPages, cancel);
}

Result<QByteArray> RemoteObjectStore::read(const QString& key, qint64 maxBytes, const CancelToken& cancel) {
    const QString what = tr("'%1'").arg(key);
    auto response = m_http.get(request(objectPath(key), {}), what, maxBytes, cancel);
    if (!response)
        return response.error();
    if (!response->isSuccess())
        return httpError(*response, what);
    return std::move(response->body);
}

Status RemoteObjectStore::readStream(const QString& key, const ChunkSink& sink, const CancelToken& cancel) {
    const QString what = tr("'%1'").arg(key);
    auto response = m_http.stream(request(objectPath(key), {}), what, sink, cancel);
    if (!response)
        return response.error();
    if (!response->isSuccess())
        return httpError(*response, what);
    return {};
}

Result<StoreObject> RemoteObjectStore::stat(const QString& key, const CancelToken& cancel) {
    auto objects = list(key, cancel);
    if (!objects)
        return objects.error();
    for (const StoreObject& o : *objects)
        if (o.key == key)
            return o;
    return Error::make(Error::Kind::NotFound, tr("'%1' does not exist in %2.").arg(key, displayName()));
}

} // namespace aks
