#include "StoreSpec.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace aks {
namespace {

QString trimSlashes(QString s) {
    while (s.startsWith(QLatin1Char('/')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

bool validAzureAccount(const QString& a) {
    // Azure storage account names: 3-24 lowercase letters and digits.
    // anchoredPattern: "$" alone also matches before a final newline ("acct\n" passed; the fuzzer
    // found it).
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]{3,24}")));
    return re.match(a).hasMatch();
}

bool validBucket(const QString& b) {
    // Both S3 buckets and Azure containers: 3-63 of lowercase letters, digits, '-' (and '.' for S3).
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")));
    return re.match(b).hasMatch();
}

} // namespace

Result<StoreSpec> StoreSpec::parse(const QString& storeString) {
    const QString s = storeString.trimmed();
    if (s.isEmpty())
        return Error::make(Error::Kind::BadInput, tr("No backup store was given."));
    if (std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return Error::make(Error::Kind::BadInput,
                           tr("The backup store '%1' contains control characters (a line break or tab pasted "
                              "with it?).")
                               .arg(s.simplified()));
    StoreSpec spec;
    const bool azure = s.startsWith(QLatin1String("azure://"), Qt::CaseInsensitive);
    const bool s3 = s.startsWith(QLatin1String("s3://"), Qt::CaseInsensitive);
    if (azure || s3) {
        const QString rest = s.mid(azure ? 8 : 5);
        const QStringList parts = rest.split(QLatin1Char('/'), Qt::KeepEmptyParts);
        if (azure) {
            spec.kind = Kind::AzureBlob;
            spec.account = parts.value(0);
            spec.bucket = parts.value(1);
            spec.prefix = trimSlashes(parts.mid(2).join(QLatin1Char('/')));
            if (!validAzureAccount(spec.account))
                return Error::make(Error::Kind::BadInput,
                                   tr("'%1' is not a valid storage account name (3-24 lowercase letters and "
                                      "digits). Use azure://ACCOUNT/CONTAINER[/PREFIX].")
                                       .arg(spec.account));
        } else {
            spec.kind = Kind::S3;
            spec.bucket = parts.value(0);
            spec.prefix = trimSlashes(parts.mid(1).join(QLatin1Char('/')));
        }
        if (!validBucket(spec.bucket))
            return Error::make(
                Error::Kind::BadInput,
                azure ? tr("'%1' is not a valid container name. Use azure://ACCOUNT/CONTAINER[/PREFIX].")
                            .arg(spec.bucket)
                      : tr("'%1' is not a valid bucket name. Use s3://BUCKET[/PREFIX].").arg(spec.bucket));
        // Control characters, and spaces at either end (lost when the string is typed again), are
        // never part of a prefix Velero was given.
        const bool controlChars = std::any_of(spec.prefix.cbegin(), spec.prefix.cend(),
                                              [](QChar c) { return c.category() == QChar::Other_Control; });
        if (spec.prefix.contains(QLatin1String("//")) ||
            spec.prefix.split(QLatin1Char('/')).contains(QLatin1String("..")) || controlChars ||
            spec.prefix != spec.prefix.trimmed())
            return Error::make(Error::Kind::BadInput,
                               tr("The prefix '%1' is not valid.")
                                   .arg(controlChars ? spec.prefix.simplified() : spec.prefix));
        return spec;
    }
    if (s.contains(QLatin1String("://")))
        return Error::make(Error::Kind::BadInput,
                           tr("'%1' is not a store this app reads: give a folder, a .tar.gz, "
                              "azure://ACCOUNT/CONTAINER[/PREFIX] or s3://BUCKET[/PREFIX].")
                               .arg(s));
    spec.path = QFileInfo(s).absoluteFilePath();
    // Judged on the cleaned path: "b.tar.gz/." names the tarball, and prints back as ".../b.tar.gz".
    spec.kind = (spec.path.endsWith(QLatin1String(".tar.gz"), Qt::CaseInsensitive) ||
                 spec.path.endsWith(QLatin1String(".tgz"), Qt::CaseInsensitive))
                    ? Kind::Tarball
                    : Kind::LocalFolder;
    return spec;
}

QString StoreSpec::toString() const {
    switch (kind) {
    case Kind::LocalFolder:
    case Kind::Tarball:
        return path;
    case Kind::AzureBlob:
        return QStringLiteral("azure://%1/%2").arg(account, bucket) +
               (prefix.isEmpty() ? QString() : QLatin1Char('/') + prefix);
    case Kind::S3:
        return QStringLiteral("s3://%1").arg(bucket) +
               (prefix.isEmpty() ? QString() : QLatin1Char('/') + prefix);
    }
    return path;
}

QVariantMap StoreSpec::toMap() const {
    QVariantMap m;
    m.insert(QStringLiteral("store"), toString());
    if (!endpoint.isEmpty())
        m.insert(QStringLiteral("endpoint"), endpoint.toString());
    if (!region.isEmpty())
        m.insert(QStringLiteral("region"), region);
    if (kind == Kind::S3)
        m.insert(QStringLiteral("pathStyle"), pathStyle);
    if (!caFile.isEmpty())
        m.insert(QStringLiteral("caFile"), caFile);
    if (!credentialsFile.isEmpty())
        m.insert(QStringLiteral("credentialsFile"), credentialsFile);
    return m;
}

Result<StoreSpec> StoreSpec::fromMap(const QVariantMap& map) {
    auto spec = parse(map.value(QStringLiteral("store")).toString());
    if (!spec)
        return spec.error();
    if (map.contains(QStringLiteral("endpoint"))) {
        const QUrl url(map.value(QStringLiteral("endpoint")).toString(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return Error::make(Error::Kind::BadInput,
                               tr("The endpoint %1 is not a valid URL.")
                                   .arg(map.value(QStringLiteral("endpoint")).toString()));
        spec->endpoint = url;
    }
    spec->region = map.value(QStringLiteral("region")).toString();
    spec->pathStyle = map.value(QStringLiteral("pathStyle"), true).toBool();
    spec->caFile = map.value(QStringLiteral("caFile")).toString();
    spec->credentialsFile = map.value(QStringLiteral("credentialsFile")).toString();
    return spec;
}

} // namespace aks
