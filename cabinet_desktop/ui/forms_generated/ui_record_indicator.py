# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_indicator.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_RecordIndicatorForm(object):
    def setupUi(self, record_indicator):
        if not record_indicator.objectName():
            record_indicator.setObjectName(u"record_indicator")
        record_indicator.resize(900, 560)
        self.sectionsLayout = QVBoxLayout(record_indicator)
        self.sectionsLayout.setSpacing(6)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsLayout.setContentsMargins(0, 0, 0, 0)
        self.identification = QGroupBox(record_indicator)
        self.identification.setObjectName(u"identification")
        self.identificationGrid = QGridLayout(self.identification)
        self.identificationGrid.setObjectName(u"identificationGrid")
        self.identificationGrid.setHorizontalSpacing(12)
        self.identificationGrid.setVerticalSpacing(5)
        self.identificationGrid.setContentsMargins(10, 6, 10, 8)
        self.label_name = QLabel(self.identification)
        self.label_name.setObjectName(u"label_name")

        self.identificationGrid.addWidget(self.label_name, 0, 0, 1, 1)

        self.slot_name = QWidget(self.identification)
        self.slot_name.setObjectName(u"slot_name")

        self.identificationGrid.addWidget(self.slot_name, 0, 1, 1, 3)

        self.label_level = QLabel(self.identification)
        self.label_level.setObjectName(u"label_level")

        self.identificationGrid.addWidget(self.label_level, 1, 0, 1, 1)

        self.slot_level = QWidget(self.identification)
        self.slot_level.setObjectName(u"slot_level")

        self.identificationGrid.addWidget(self.slot_level, 1, 1, 1, 1)

        self.label_unit = QLabel(self.identification)
        self.label_unit.setObjectName(u"label_unit")

        self.identificationGrid.addWidget(self.label_unit, 1, 2, 1, 1)

        self.slot_unit = QWidget(self.identification)
        self.slot_unit.setObjectName(u"slot_unit")

        self.identificationGrid.addWidget(self.slot_unit, 1, 3, 1, 1)

        self.label_periodicity = QLabel(self.identification)
        self.label_periodicity.setObjectName(u"label_periodicity")

        self.identificationGrid.addWidget(self.label_periodicity, 2, 0, 1, 1)

        self.slot_periodicity = QWidget(self.identification)
        self.slot_periodicity.setObjectName(u"slot_periodicity")

        self.identificationGrid.addWidget(self.slot_periodicity, 2, 1, 1, 1)

        self.label_direction = QLabel(self.identification)
        self.label_direction.setObjectName(u"label_direction")

        self.identificationGrid.addWidget(self.label_direction, 2, 2, 1, 1)

        self.slot_direction = QWidget(self.identification)
        self.slot_direction.setObjectName(u"slot_direction")

        self.identificationGrid.addWidget(self.slot_direction, 2, 3, 1, 1)

        self.label_definition = QLabel(self.identification)
        self.label_definition.setObjectName(u"label_definition")

        self.identificationGrid.addWidget(self.label_definition, 3, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.slot_definition = QWidget(self.identification)
        self.slot_definition.setObjectName(u"slot_definition")

        self.identificationGrid.addWidget(self.slot_definition, 3, 1, 1, 3)

        self.identificationGrid.setColumnStretch(1, 1)
        self.identificationGrid.setColumnStretch(3, 1)

        self.sectionsLayout.addWidget(self.identification)

        self.baseline = QGroupBox(record_indicator)
        self.baseline.setObjectName(u"baseline")
        self.baselineGrid = QGridLayout(self.baseline)
        self.baselineGrid.setObjectName(u"baselineGrid")
        self.baselineGrid.setHorizontalSpacing(12)
        self.baselineGrid.setVerticalSpacing(5)
        self.baselineGrid.setContentsMargins(10, 6, 10, 8)
        self.label_baseline_value = QLabel(self.baseline)
        self.label_baseline_value.setObjectName(u"label_baseline_value")

        self.baselineGrid.addWidget(self.label_baseline_value, 0, 0, 1, 1)

        self.slot_baseline_value = QWidget(self.baseline)
        self.slot_baseline_value.setObjectName(u"slot_baseline_value")

        self.baselineGrid.addWidget(self.slot_baseline_value, 0, 1, 1, 1)

        self.label_baseline_date = QLabel(self.baseline)
        self.label_baseline_date.setObjectName(u"label_baseline_date")

        self.baselineGrid.addWidget(self.label_baseline_date, 0, 2, 1, 1)

        self.slot_baseline_date = QWidget(self.baseline)
        self.slot_baseline_date.setObjectName(u"slot_baseline_date")

        self.baselineGrid.addWidget(self.slot_baseline_date, 0, 3, 1, 1)

        self.label_data_source = QLabel(self.baseline)
        self.label_data_source.setObjectName(u"label_data_source")

        self.baselineGrid.addWidget(self.label_data_source, 1, 0, 1, 1)

        self.slot_data_source = QWidget(self.baseline)
        self.slot_data_source.setObjectName(u"slot_data_source")

        self.baselineGrid.addWidget(self.slot_data_source, 1, 1, 1, 1)

        self.label_responsible_structure = QLabel(self.baseline)
        self.label_responsible_structure.setObjectName(u"label_responsible_structure")

        self.baselineGrid.addWidget(self.label_responsible_structure, 1, 2, 1, 1)

        self.slot_responsible_structure = QWidget(self.baseline)
        self.slot_responsible_structure.setObjectName(u"slot_responsible_structure")

        self.baselineGrid.addWidget(self.slot_responsible_structure, 1, 3, 1, 1)

        self.baselineGrid.setColumnStretch(1, 1)
        self.baselineGrid.setColumnStretch(3, 1)

        self.sectionsLayout.addWidget(self.baseline)

        self.targetsBox = QGroupBox(record_indicator)
        self.targetsBox.setObjectName(u"targetsBox")
        self.targetsBoxGrid = QGridLayout(self.targetsBox)
        self.targetsBoxGrid.setObjectName(u"targetsBoxGrid")
        self.targetsBoxGrid.setHorizontalSpacing(12)
        self.targetsBoxGrid.setVerticalSpacing(5)
        self.targetsBoxGrid.setContentsMargins(10, 6, 10, 8)
        self.slot_targets = QWidget(self.targetsBox)
        self.slot_targets.setObjectName(u"slot_targets")

        self.targetsBoxGrid.addWidget(self.slot_targets, 0, 0, 1, 4)

        self.targetsBoxGrid.setColumnStretch(1, 1)
        self.targetsBoxGrid.setColumnStretch(3, 1)

        self.sectionsLayout.addWidget(self.targetsBox)

        QWidget.setTabOrder(self.slot_name, self.slot_level)
        QWidget.setTabOrder(self.slot_level, self.slot_unit)
        QWidget.setTabOrder(self.slot_unit, self.slot_periodicity)
        QWidget.setTabOrder(self.slot_periodicity, self.slot_direction)
        QWidget.setTabOrder(self.slot_direction, self.slot_definition)
        QWidget.setTabOrder(self.slot_definition, self.slot_baseline_value)
        QWidget.setTabOrder(self.slot_baseline_value, self.slot_baseline_date)
        QWidget.setTabOrder(self.slot_baseline_date, self.slot_data_source)
        QWidget.setTabOrder(self.slot_data_source, self.slot_responsible_structure)

        self.retranslateUi(record_indicator)
    # setupUi

    def retranslateUi(self, record_indicator):
        self.identification.setTitle(QCoreApplication.translate("RecordIndicatorForm", u"Identification", None))
        self.label_name.setText(QCoreApplication.translate("RecordIndicatorForm", u"&Intitul\u00e9 :", None))
        self.label_level.setText(QCoreApplication.translate("RecordIndicatorForm", u"&Niveau :", None))
        self.label_unit.setText(QCoreApplication.translate("RecordIndicatorForm", u"&Unit\u00e9 :", None))
        self.label_periodicity.setText(QCoreApplication.translate("RecordIndicatorForm", u"&P\u00e9riodicit\u00e9 :", None))
        self.label_direction.setText(QCoreApplication.translate("RecordIndicatorForm", u"&Sens d'\u00e9volution :", None))
        self.label_definition.setText(QCoreApplication.translate("RecordIndicatorForm", u"&D\u00e9finition :", None))
        self.baseline.setTitle(QCoreApplication.translate("RecordIndicatorForm", u"R\u00e9f\u00e9rence et source", None))
        self.label_baseline_value.setText(QCoreApplication.translate("RecordIndicatorForm", u"&Valeur de r\u00e9f\u00e9rence :", None))
        self.label_baseline_date.setText(QCoreApplication.translate("RecordIndicatorForm", u"D&ate de r\u00e9f\u00e9rence :", None))
        self.label_data_source.setText(QCoreApplication.translate("RecordIndicatorForm", u"S&ource des donn\u00e9es :", None))
        self.label_responsible_structure.setText(QCoreApplication.translate("RecordIndicatorForm", u"S&tructure responsable :", None))
        self.targetsBox.setTitle(QCoreApplication.translate("RecordIndicatorForm", u"Cibles annuelles", None))
        pass
    # retranslateUi

