#include "StoreListingParser.h"

#include <QLocale>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace aks {
namespace {

// Azure writes RFC 1123 times: "Wed, 18 Nov 2026 02:00:04 GMT".
QDateTime parseRfc1123(const QString& s) {
    QDateTime t = QLocale::c().toDateTime(s.left(s.size() - 4), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

struct Names {
    QLatin1String item, key, size, time, next;
};

} // namespace

Result<ListingPage> StoreListingParser::parse(Dialect dialect, const QByteArray& body,
                                              const QString& fullPrefix, const QString& rootPrefix) {
    const bool azure = dialect == Dialect::AzureBlob;
    const Names n = azure
                        ? Names{QLatin1String("Blob"), QLatin1String("Name"), QLatin1String("Content-Length"),
                                QLatin1String("Last-Modified"), QLatin1String("NextMarker")}
                        : Names{QLatin1String("Contents"), QLatin1String("Key"), QLatin1String("Size"),
                                QLatin1String("LastModified"), QLatin1String("NextContinuationToken")};
    const QString root = rootPrefix.isEmpty() ? QString() : rootPrefix + QLatin1Char('/');
    ListingPage page;
    bool truncated = azure; // Azure says "more" with a marker alone
    StoreObject current;
    bool inItem = false;
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == n.item) {
                inItem = true;
                current = StoreObject{};
            } else if (inItem && name == n.key) {
                current.key = xml.readElementText();
            } else if (inItem && name == n.size) {
                const QString text = xml.readElementText().trimmed();
                bool ok = false;
                current.size = text.toLongLong(&ok);
                if (!ok || current.size < 0)
                    return Error::make(
                        Error::Kind::BadOutput,
                        tr("the object '%1' has an invalid size '%2'").arg(current.key, text.left(40)));
            } else if (inItem && name == n.time) {
                const QString text = xml.readElementText();
                current.lastModified =
                    azure ? parseRfc1123(text) : QDateTime::fromString(text, Qt::ISODateWithMs);
            } else if (!inItem && name == n.next) {
                page.next = xml.readElementText();
            } else if (!azure && !inItem && name == QLatin1String("IsTruncated")) {
                truncated = xml.readElementText().trimmed() == QLatin1String("true");
            }
        } else if (token == QXmlStreamReader::EndElement && inItem && xml.name() == n.item) {
            inItem = false;
            // Only what was asked for, and never the root itself.
            if (current.key.startsWith(fullPrefix) && current.key.startsWith(root) &&
                current.key.size() > root.size()) {
                current.key = current.key.mid(root.size());
                page.objects.append(current);
            }
        }
    }
    if (xml.hasError())
        return Error::make(Error::Kind::BadOutput, xml.errorString());
    if (!truncated)
        page.next.clear();
    return page;
}

} // namespace aks
