#pragma once
#include "models/LazyListModel.h"

#include <QCoreApplication>

namespace convivium::core {

// The lists of the main window, with their translated headers.
class ListModels
{
    Q_DECLARE_TR_FUNCTIONS(ListModels)
public:
    static LazyListModel *organisations(const Database &db, QObject *parent);
    static LazyListModel *contributors(const Database &db, QObject *parent);
    static LazyListModel *groups(const Database &db, QObject *parent);
    static LazyListModel *events(const Database &db, QObject *parent);
    static LazyListModel *developments(const Database &db, QObject *parent);
};

} // namespace convivium::core
