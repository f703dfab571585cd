#pragma once

#include <QString>
#include <QTest>

#include <nlohmann/json.hpp>

// QCOMPARE cannot take nlohmann::json (Qt Test's overloads trip on its conversions).
#define QCOMPARE_JSON(actual, expected)                                                                      \
    do {                                                                                                     \
        const nlohmann::json actual_ = (actual);                                                             \
        QVERIFY2(actual_ == nlohmann::json(expected), qPrintable(QString::fromStdString(actual_.dump())));   \
    } while (false)
