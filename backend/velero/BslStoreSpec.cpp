#include "BslStoreSpec.h"

#include <QDir>
#include <QUrl>

namespace aks {

StoreSpec BslStoreSpec::fromBsl(const VeleroBsl& bsl) {
    StoreSpec spec;
    spec.caFile = bsl.config.value(QStringLiteral("caCert"));
    if (QDir::isAbsolutePath(bsl.bucket)) {
        spec.kind = StoreSpec::Kind::LocalFolder;
        spec.path = bsl.prefix.isEmpty() ? bsl.bucket : QDir(bsl.bucket).filePath(bsl.prefix);
        return spec;
    }
    spec.prefix = bsl.prefix;
    const QString provider = bsl.provider.section(QLatin1Char('/'), -1);
    if (provider == QLatin1String("azure")) {
        spec.kind = StoreSpec::Kind::AzureBlob;
        spec.account = bsl.config.value(QStringLiteral("storageAccount"));
        spec.bucket = bsl.bucket;
        return spec;
    }
    spec.kind = StoreSpec::Kind::S3;
    spec.bucket = bsl.bucket;
    spec.region = bsl.config.value(QStringLiteral("region"));
    const QString url = bsl.config.value(QStringLiteral("s3Url"));
    if (!url.isEmpty())
        spec.endpoint = QUrl(url);
    spec.pathStyle = bsl.config.value(QStringLiteral("s3ForcePathStyle")) != QLatin1String("false");
    return spec;
}

} // namespace aks
