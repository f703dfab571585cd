#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace aks::storegen {

// Tar entries built byte by byte, for the header forms libarchive will not write on request
// (old-GNU headers, type '7', pax size records that disagree with the header): the hostile corpus
// splices them into an otherwise ordinary backup tarball.
namespace rawtar {

enum class Style {
    Ustar,  // "ustar\0" "00": the prefix field is part of the name
    OldGnu, // "ustar " " \0": bytes 345.. are times, never a prefix
};

// One header block and the padded data. `headerSize` goes in the size field (-1: data's size);
// `prefixBytes` fills bytes 345.. (a prefix for ustar, the access time field for old GNU).
QByteArray entry(const QByteArray& name, const QByteArray& data, char type = '0', Style style = Style::Ustar,
                 qint64 headerSize = -1, const QByteArray& prefixBytes = {});
// A pax extended header ('x') with these records ("key", "value" pairs).
QByteArray paxHeader(const QList<QPair<QByteArray, QByteArray>>& records);

// Inserts raw entries just before the end-of-archive marker of a .tar.gz, rewriting it.
Status spliceIntoTarGz(const QString& tarGzPath, const QByteArray& entries);

} // namespace rawtar
} // namespace aks::storegen
