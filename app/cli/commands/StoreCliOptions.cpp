#include "StoreCliOptions.h"

namespace aks {
namespace {
bool isTarball(const QString& s) {
    return s.endsWith(QLatin1String(".tar.gz"), Qt::CaseInsensitive) ||
           s.endsWith(QLatin1String(".tgz"), Qt::CaseInsensitive);
}
} // namespace

void StoreCliOptions::add(QCommandLineParser& p) {
    p.addOption(
        {QStringLiteral("store"),
         tr("The backup store: a folder, a downloaded backup .tar.gz, azure://ACCOUNT/CONTAINER[/PREFIX] "
            "or s3://BUCKET[/PREFIX]."),
         QStringLiteral("STORE")});
    p.addOption({QStringLiteral("endpoint"), tr("Custom endpoint URL (Azurite, Azure Stack Hub, MinIO)."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("region"), tr("S3 region (MinIO: minio)."), QStringLiteral("REGION")});
    p.addOption({QStringLiteral("credentials-file"),
                 tr("The credentials file given to velero install --secret-file."), QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("ca-file"), tr("Extra CA certificates to trust (PEM)."), QStringLiteral("FILE")});
}

Result<StoreSpec> StoreCliOptions::spec(const QCommandLineParser& p, QStringList* positional) {
    QString store = p.value(QStringLiteral("store"));
    if (store.isEmpty() && positional) {
        for (qsizetype i = 0; i < positional->size(); ++i)
            if (isTarball(positional->at(i))) {
                store = positional->takeAt(i);
                break;
            }
    }
    if (store.isEmpty())
        return Error::make(Error::Kind::BadInput,
                           tr("Name the backup store with --store STORE (or give a .tar.gz)."));
    auto spec = StoreSpec::parse(store);
    if (!spec)
        return spec.error();
    if (p.isSet(QStringLiteral("endpoint"))) {
        const QUrl url(p.value(QStringLiteral("endpoint")), QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return Error::make(
                Error::Kind::BadInput,
                tr("'%1' is not a valid endpoint URL.").arg(p.value(QStringLiteral("endpoint"))));
        spec->endpoint = url;
    }
    if (p.isSet(QStringLiteral("region")))
        spec->region = p.value(QStringLiteral("region"));
    if (p.isSet(QStringLiteral("credentials-file")))
        spec->credentialsFile = p.value(QStringLiteral("credentials-file"));
    if (p.isSet(QStringLiteral("ca-file")))
        spec->caFile = p.value(QStringLiteral("ca-file"));
    return spec;
}

Result<StoreSpec> StoreCliOptions::specAlone(const QCommandLineParser& parser) {
    QStringList positional = parser.positionalArguments();
    auto s = spec(parser, &positional);
    if (s && !positional.isEmpty())
        return Error::make(Error::Kind::BadInput, tr("Unexpected argument %1.").arg(positional.first()));
    return s;
}

} // namespace aks
