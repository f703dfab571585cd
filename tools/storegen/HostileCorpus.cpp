#include "HostileCorpus.h"

#include "ArchiveWriter.h"
#include "RawTar.h"
#include "StoreWriter.h"

#include <QFile>

namespace aks::storegen {
namespace {
struct KindName {
    HostileKind kind;
    const char* name;
};

constexpr KindName kKinds[] = {
    {HostileKind::TruncatedGzip, "truncated-gzip"},
    {HostileKind::CorruptGzip, "corrupt-gzip"},
    {HostileKind::GzipBomb, "gzip-bomb"},
    {HostileKind::DotDotPath, "dotdot-path"},
    {HostileKind::AbsolutePath, "absolute-path"},
    {HostileKind::Symlink, "symlink"},
    {HostileKind::Hardlink, "hardlink"},
    {HostileKind::Device, "device"},
    {HostileKind::Directory, "directory"},
    {HostileKind::Duplicate, "duplicate"},
    {HostileKind::InvalidUtf8, "invalid-utf8"},
    {HostileKind::InvalidJson, "invalid-json"},
    {HostileKind::DeepJson, "deep-json"},
    {HostileKind::MissingObject, "missing-object"},
    {HostileKind::HugeObject, "huge-object"},
    {HostileKind::DotSlashBackdoor, "dotslash-backdoor"},
    {HostileKind::PaxSizeBackdoor, "pax-size-backdoor"},
    {HostileKind::OldGnuBackdoor, "oldgnu-backdoor"},
    {HostileKind::ShadowingEntry, "shadowing-entry"},
    {HostileKind::ContinuousEntry, "continuous-entry"},
};

Status rewriteFile(const QString& path, const std::function<void(QByteArray&)>& edit) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound, QStringLiteral("Cannot read %1").arg(path));
    QByteArray data = f.readAll();
    f.close();
    edit(data);
    return writePlainFile(path, data);
}

const QString kObjectDir = QStringLiteral("resources/configmaps/namespaces/shop/");

const QByteArray kBackdoor =
    R"({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRoleBinding","metadata":{"name":"backdoor"},)"
    R"("roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"cluster-admin"},)"
    R"("subjects":[{"apiGroup":"rbac.authorization.k8s.io","kind":"User","name":"outsider@evil.example"}]})";

// The raw entries a kind splices into the tarball after writing it, or none.
QByteArray rawEntries(HostileKind kind, const QString& firstObjectPath) {
    using namespace rawtar;
    const QByteArray backdoor(kBackdoorPath);
    switch (kind) {
    case HostileKind::DotSlashBackdoor:
        return entry("./" + backdoor, kBackdoor);
    case HostileKind::PaxSizeBackdoor:
        return paxHeader({{"size", QByteArray::number(kBackdoor.size())}}) +
               entry(backdoor, kBackdoor, '0', Style::Ustar, 0);
    case HostileKind::OldGnuBackdoor:
        return entry(backdoor, kBackdoor, '0', Style::OldGnu, -1, "15000000000");
    case HostileKind::ShadowingEntry:
        return entry(
            firstObjectPath.toUtf8().replace("resources/", "resources//"),
            R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"shadow","namespace":"shop"}})");
    case HostileKind::ContinuousEntry:
        return entry(
            kObjectDir.toUtf8() + "contiguous.json",
            R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"contiguous","namespace":"shop"}})",
            '7');
    default:
        return {};
    }
}
} // namespace

QStringList hostileKindNames() {
    QStringList out;
    for (const KindName& k : kKinds)
        out.append(QString::fromLatin1(k.name));
    return out;
}

std::optional<HostileKind> parseHostileKind(const QString& name) {
    for (const KindName& k : kKinds)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QString hostileKindName(HostileKind kind) {
    for (const KindName& k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

Status writeHostileBackup(const QString& storeRoot, const QString& name, HostileKind kind, qint64 bombBytes) {
    ObjectFactory factory(7);
    BackupSpec b;
    b.name = name;
    b.objects = factory.makeNamespace(QStringLiteral("shop"), kind == HostileKind::TruncatedGzip ? 40 : 2);
    switch (kind) {
    case HostileKind::GzipBomb:
        b.extraTarEntries = [bombBytes](TarGzWriter& w) {
            return w.addZeroFile(kObjectDir + QStringLiteral("bomb.json"), bombBytes);
        };
        break;
    case HostileKind::DotDotPath:
        b.extraTarEntries = [](TarGzWriter& w) {
            return w.addFile(QStringLiteral("resources/../../escape.json"),
                             QByteArray("{\"kind\":\"ConfigMap\"}"));
        };
        break;
    case HostileKind::AbsolutePath:
        b.extraTarEntries = [](TarGzWriter& w) {
            return w.addFile(QStringLiteral("/tmp/aks-escape.json"), QByteArray("{\"kind\":\"ConfigMap\"}"));
        };
        break;
    case HostileKind::Symlink:
        b.extraTarEntries = [](TarGzWriter& w) {
            return w.addSymlink(kObjectDir + QStringLiteral("link.json"), QStringLiteral("/etc/passwd"));
        };
        break;
    case HostileKind::Hardlink:
        b.extraTarEntries = [](TarGzWriter& w) {
            return w.addHardlink(kObjectDir + QStringLiteral("hard.json"),
                                 QStringLiteral("metadata/version"));
        };
        break;
    case HostileKind::Device:
        b.extraTarEntries = [](TarGzWriter& w) {
            return w.addCharDevice(kObjectDir + QStringLiteral("null.json"));
        };
        break;
    case HostileKind::Directory:
        b.extraTarEntries = [](TarGzWriter& w) { return w.addDirectory(QStringLiteral("resources/extra/")); };
        break;
    case HostileKind::Duplicate:
        b.extraTarEntries = [obj = b.objects.front()](TarGzWriter& w) {
            return w.addFile(
                obj.tarPath(),
                QByteArray(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"other"}})"));
        };
        break;
    case HostileKind::InvalidUtf8:
        b.extraTarEntries = [](TarGzWriter& w) {
            return w.addFile(kObjectDir + QStringLiteral("bad-utf8.json"),
                             QByteArray("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{"
                                        "\"name\":\"bad-\xff\xfe\",\"namespace\":\"shop\"}}"));
        };
        break;
    case HostileKind::InvalidJson:
        b.extraTarEntries = [](TarGzWriter& w) {
            return w.addFile(kObjectDir + QStringLiteral("broken.json"),
                             QByteArray("{\"apiVersion\":\"v1\",\"kind\":"));
        };
        break;
    case HostileKind::DeepJson:
        b.extraTarEntries = [](TarGzWriter& w) {
            constexpr int depth = 100000;
            QByteArray deep = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"deep\","
                              "\"namespace\":\"shop\"},\"data\":";
            deep += QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
            return w.addFile(kObjectDir + QStringLiteral("deep.json"), deep);
        };
        break;
    case HostileKind::HugeObject:
        b.extraTarEntries = [](TarGzWriter& w) {
            return w.addFilledFile(kObjectDir + QStringLiteral("huge.json"),
                                   "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":"
                                   "\"huge\",\"namespace\":\"shop\"},\"data\":{\"blob\":\"",
                                   'a', kHugeObjectBytes, "\"}}");
        };
        break;
    case HostileKind::TruncatedGzip:
    case HostileKind::CorruptGzip:
    case HostileKind::MissingObject:
    case HostileKind::DotSlashBackdoor:
    case HostileKind::PaxSizeBackdoor:
    case HostileKind::OldGnuBackdoor:
    case HostileKind::ShadowingEntry:
    case HostileKind::ContinuousEntry:
        break;
    }
    if (Status st = writeBackup(storeRoot, b); !st)
        return st;

    const QString dir = storeRoot + QStringLiteral("/backups/") + name + QLatin1Char('/');
    if (const QByteArray raw = rawEntries(kind, b.objects.front().tarPath()); !raw.isEmpty())
        return rawtar::spliceIntoTarGz(dir + name + QStringLiteral(".tar.gz"), raw);
    switch (kind) {
    case HostileKind::TruncatedGzip:
        return rewriteFile(dir + name + QStringLiteral(".tar.gz"),
                           [](QByteArray& d) { d.truncate(d.size() / 2); });
    case HostileKind::CorruptGzip:
        return rewriteFile(dir + name + QStringLiteral(".tar.gz"), [](QByteArray& d) {
            for (qsizetype i = d.size() / 3; i < d.size() / 3 + 64 && i < d.size(); ++i)
                d[i] = static_cast<char>(d[i] ^ 0x5a);
        });
    case HostileKind::MissingObject: {
        nlohmann::json list;
        for (const KubeObject& o : b.objects)
            list[o.groupVersionKind().toStdString()].push_back(o.namespacedName().toStdString());
        list["apps/v1/Deployment"].push_back("shop/vanished");
        return writeGzipFile(dir + artifactFileName(name, Artifact::ResourceList),
                             QByteArray::fromStdString(list.dump()));
    }
    default:
        return {};
    }
}

} // namespace aks::storegen
