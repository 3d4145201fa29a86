# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_dossier.ui'
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

class Ui_RecordDossierForm(object):
    def setupUi(self, record_dossier):
        if not record_dossier.objectName():
            record_dossier.setObjectName(u"record_dossier")
        record_dossier.resize(900, 560)
        self.sectionsLayout = QVBoxLayout(record_dossier)
        self.sectionsLayout.setSpacing(6)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsLayout.setContentsMargins(0, 0, 0, 0)
        self.identification = QGroupBox(record_dossier)
        self.identification.setObjectName(u"identification")
        self.identificationGrid = QGridLayout(self.identification)
        self.identificationGrid.setObjectName(u"identificationGrid")
        self.identificationGrid.setHorizontalSpacing(12)
        self.identificationGrid.setVerticalSpacing(5)
        self.identificationGrid.setContentsMargins(10, 6, 10, 8)
        self.label_object = QLabel(self.identification)
        self.label_object.setObjectName(u"label_object")

        self.identificationGrid.addWidget(self.label_object, 0, 0, 1, 1)

        self.slot_object = QWidget(self.identification)
        self.slot_object.setObjectName(u"slot_object")

        self.identificationGrid.addWidget(self.slot_object, 0, 1, 1, 3)

        self.label_origin_structure = QLabel(self.identification)
        self.label_origin_structure.setObjectName(u"label_origin_structure")

        self.identificationGrid.addWidget(self.label_origin_structure, 1, 0, 1, 1)

        self.slot_origin_structure = QWidget(self.identification)
        self.slot_origin_structure.setObjectName(u"slot_origin_structure")

        self.identificationGrid.addWidget(self.slot_origin_structure, 1, 1, 1, 1)

        self.label_classification = QLabel(self.identification)
        self.label_classification.setObjectName(u"label_classification")

        self.identificationGrid.addWidget(self.label_classification, 1, 2, 1, 1)

        self.slot_classification = QWidget(self.identification)
        self.slot_classification.setObjectName(u"slot_classification")

        self.identificationGrid.addWidget(self.slot_classification, 1, 3, 1, 1)

        self.label_instructor_id = QLabel(self.identification)
        self.label_instructor_id.setObjectName(u"label_instructor_id")

        self.identificationGrid.addWidget(self.label_instructor_id, 2, 0, 1, 1)

        self.slot_instructor_id = QWidget(self.identification)
        self.slot_instructor_id.setObjectName(u"slot_instructor_id")

        self.identificationGrid.addWidget(self.slot_instructor_id, 2, 1, 1, 1)

        self.label_sensitive = QLabel(self.identification)
        self.label_sensitive.setObjectName(u"label_sensitive")

        self.identificationGrid.addWidget(self.label_sensitive, 2, 2, 1, 1)

        self.slot_sensitive = QWidget(self.identification)
        self.slot_sensitive.setObjectName(u"slot_sensitive")

        self.identificationGrid.addWidget(self.slot_sensitive, 2, 3, 1, 1)

        self.identificationGrid.setColumnStretch(1, 1)
        self.identificationGrid.setColumnStretch(3, 1)

        self.sectionsLayout.addWidget(self.identification)

        self.circuit = QGroupBox(record_dossier)
        self.circuit.setObjectName(u"circuit")
        self.circuitGrid = QGridLayout(self.circuit)
        self.circuitGrid.setObjectName(u"circuitGrid")
        self.circuitGrid.setHorizontalSpacing(12)
        self.circuitGrid.setVerticalSpacing(5)
        self.circuitGrid.setContentsMargins(10, 6, 10, 8)
        self.label_received_date = QLabel(self.circuit)
        self.label_received_date.setObjectName(u"label_received_date")

        self.circuitGrid.addWidget(self.label_received_date, 0, 0, 1, 1)

        self.slot_received_date = QWidget(self.circuit)
        self.slot_received_date.setObjectName(u"slot_received_date")

        self.circuitGrid.addWidget(self.slot_received_date, 0, 1, 1, 1)

        self.label_avis_due_date = QLabel(self.circuit)
        self.label_avis_due_date.setObjectName(u"label_avis_due_date")

        self.circuitGrid.addWidget(self.label_avis_due_date, 0, 2, 1, 1)

        self.slot_avis_due_date = QWidget(self.circuit)
        self.slot_avis_due_date.setObjectName(u"slot_avis_due_date")

        self.circuitGrid.addWidget(self.slot_avis_due_date, 0, 3, 1, 1)

        self.circuitGrid.setColumnStretch(1, 1)
        self.circuitGrid.setColumnStretch(3, 1)

        self.sectionsLayout.addWidget(self.circuit)

        self.content = QGroupBox(record_dossier)
        self.content.setObjectName(u"content")
        self.contentGrid = QGridLayout(self.content)
        self.contentGrid.setObjectName(u"contentGrid")
        self.contentGrid.setHorizontalSpacing(12)
        self.contentGrid.setVerticalSpacing(5)
        self.contentGrid.setContentsMargins(10, 6, 10, 8)
        self.label_summary = QLabel(self.content)
        self.label_summary.setObjectName(u"label_summary")

        self.contentGrid.addWidget(self.label_summary, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.slot_summary = QWidget(self.content)
        self.slot_summary.setObjectName(u"slot_summary")

        self.contentGrid.addWidget(self.slot_summary, 0, 1, 1, 3)

        self.contentGrid.setColumnStretch(1, 1)
        self.contentGrid.setColumnStretch(3, 1)

        self.sectionsLayout.addWidget(self.content)

        QWidget.setTabOrder(self.slot_object, self.slot_origin_structure)
        QWidget.setTabOrder(self.slot_origin_structure, self.slot_classification)
        QWidget.setTabOrder(self.slot_classification, self.slot_instructor_id)
        QWidget.setTabOrder(self.slot_instructor_id, self.slot_sensitive)
        QWidget.setTabOrder(self.slot_sensitive, self.slot_received_date)
        QWidget.setTabOrder(self.slot_received_date, self.slot_avis_due_date)
        QWidget.setTabOrder(self.slot_avis_due_date, self.slot_summary)

        self.retranslateUi(record_dossier)
    # setupUi

    def retranslateUi(self, record_dossier):
        self.identification.setTitle(QCoreApplication.translate("RecordDossierForm", u"Identification", None))
        self.label_object.setText(QCoreApplication.translate("RecordDossierForm", u"&Objet :", None))
        self.label_origin_structure.setText(QCoreApplication.translate("RecordDossierForm", u"S&tructure \u00e9mettrice :", None))
        self.label_classification.setText(QCoreApplication.translate("RecordDossierForm", u"C&lassification :", None))
        self.label_instructor_id.setText(QCoreApplication.translate("RecordDossierForm", u"&Conseiller instructeur :", None))
        self.label_sensitive.setText(QCoreApplication.translate("RecordDossierForm", u"&Sensible :", None))
        self.circuit.setTitle(QCoreApplication.translate("RecordDossierForm", u"Circuit", None))
        self.label_received_date.setText(QCoreApplication.translate("RecordDossierForm", u"&Date de r\u00e9ception :", None))
        self.label_avis_due_date.setText(QCoreApplication.translate("RecordDossierForm", u"\u00c9c&h\u00e9ance de l'avis :", None))
        self.content.setTitle(QCoreApplication.translate("RecordDossierForm", u"Contenu", None))
        self.label_summary.setText(QCoreApplication.translate("RecordDossierForm", u"&R\u00e9sum\u00e9 :", None))
        pass
    # retranslateUi

