# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_mission.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RecordMissionForm(object):
    def setupUi(self, record_mission):
        if not record_mission.objectName():
            record_mission.setObjectName(u"record_mission")
        record_mission.resize(900, 560)
        self.sectionsLayout = QVBoxLayout(record_mission)
        self.sectionsLayout.setSpacing(6)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsLayout.setContentsMargins(0, 0, 0, 0)
        self.identification = QGroupBox(record_mission)
        self.identification.setObjectName(u"identification")
        self.identificationGrid = QGridLayout(self.identification)
        self.identificationGrid.setObjectName(u"identificationGrid")
        self.identificationGrid.setHorizontalSpacing(12)
        self.identificationGrid.setVerticalSpacing(5)
        self.identificationGrid.setContentsMargins(10, 6, 10, 8)
        self.label_title = QLabel(self.identification)
        self.label_title.setObjectName(u"label_title")

        self.identificationGrid.addWidget(self.label_title, 0, 0, 1, 1)

        self.slot_title = QWidget(self.identification)
        self.slot_title.setObjectName(u"slot_title")

        self.identificationGrid.addWidget(self.slot_title, 0, 1, 1, 3)

        self.label_attribution_id = QLabel(self.identification)
        self.label_attribution_id.setObjectName(u"label_attribution_id")

        self.identificationGrid.addWidget(self.label_attribution_id, 1, 0, 1, 1)

        self.slot_attribution_id = QWidget(self.identification)
        self.slot_attribution_id.setObjectName(u"slot_attribution_id")

        self.identificationGrid.addWidget(self.slot_attribution_id, 1, 1, 1, 3)

        self.label_origin = QLabel(self.identification)
        self.label_origin.setObjectName(u"label_origin")

        self.identificationGrid.addWidget(self.label_origin, 2, 0, 1, 1)

        self.slot_origin = QWidget(self.identification)
        self.slot_origin.setObjectName(u"slot_origin")

        self.identificationGrid.addWidget(self.slot_origin, 2, 1, 1, 1)

        self.label_priority = QLabel(self.identification)
        self.label_priority.setObjectName(u"label_priority")

        self.identificationGrid.addWidget(self.label_priority, 2, 2, 1, 1)

        self.slot_priority = QWidget(self.identification)
        self.slot_priority.setObjectName(u"slot_priority")

        self.identificationGrid.addWidget(self.slot_priority, 2, 3, 1, 1)

        self.label_instruction_date = QLabel(self.identification)
        self.label_instruction_date.setObjectName(u"label_instruction_date")

        self.identificationGrid.addWidget(self.label_instruction_date, 3, 0, 1, 1)

        self.slot_instruction_date = QWidget(self.identification)
        self.slot_instruction_date.setObjectName(u"slot_instruction_date")

        self.identificationGrid.addWidget(self.slot_instruction_date, 3, 1, 1, 1)

        self.label_instruction_authority = QLabel(self.identification)
        self.label_instruction_authority.setObjectName(u"label_instruction_authority")

        self.identificationGrid.addWidget(self.label_instruction_authority, 3, 2, 1, 1)

        self.slot_instruction_authority = QWidget(self.identification)
        self.slot_instruction_authority.setObjectName(u"slot_instruction_authority")

        self.identificationGrid.addWidget(self.slot_instruction_authority, 3, 3, 1, 1)

        self.identificationGrid.setColumnStretch(1, 1)
        self.identificationGrid.setColumnStretch(3, 1)

        self.sectionsLayout.addWidget(self.identification)

        self.tracking = QGroupBox(record_mission)
        self.tracking.setObjectName(u"tracking")
        self.trackingGrid = QGridLayout(self.tracking)
        self.trackingGrid.setObjectName(u"trackingGrid")
        self.trackingGrid.setHorizontalSpacing(12)
        self.trackingGrid.setVerticalSpacing(5)
        self.trackingGrid.setContentsMargins(10, 6, 10, 8)
        self.label_assignee_id = QLabel(self.tracking)
        self.label_assignee_id.setObjectName(u"label_assignee_id")

        self.trackingGrid.addWidget(self.label_assignee_id, 0, 0, 1, 1)

        self.slot_assignee_id = QWidget(self.tracking)
        self.slot_assignee_id.setObjectName(u"slot_assignee_id")

        self.trackingGrid.addWidget(self.slot_assignee_id, 0, 1, 1, 1)

        self.label_status = QLabel(self.tracking)
        self.label_status.setObjectName(u"label_status")

        self.trackingGrid.addWidget(self.label_status, 0, 2, 1, 1)

        self.slot_status = QWidget(self.tracking)
        self.slot_status.setObjectName(u"slot_status")

        self.trackingGrid.addWidget(self.slot_status, 0, 3, 1, 1)

        self.label_start_date = QLabel(self.tracking)
        self.label_start_date.setObjectName(u"label_start_date")

        self.trackingGrid.addWidget(self.label_start_date, 1, 0, 1, 1)

        self.slot_start_date = QWidget(self.tracking)
        self.slot_start_date.setObjectName(u"slot_start_date")

        self.trackingGrid.addWidget(self.slot_start_date, 1, 1, 1, 1)

        self.label_due_date = QLabel(self.tracking)
        self.label_due_date.setObjectName(u"label_due_date")

        self.trackingGrid.addWidget(self.label_due_date, 1, 2, 1, 1)

        self.slot_due_date = QWidget(self.tracking)
        self.slot_due_date.setObjectName(u"slot_due_date")

        self.trackingGrid.addWidget(self.slot_due_date, 1, 3, 1, 1)

        self.label_completed_date = QLabel(self.tracking)
        self.label_completed_date.setObjectName(u"label_completed_date")

        self.trackingGrid.addWidget(self.label_completed_date, 2, 0, 1, 1)

        self.slot_completed_date = QWidget(self.tracking)
        self.slot_completed_date.setObjectName(u"slot_completed_date")

        self.trackingGrid.addWidget(self.slot_completed_date, 2, 1, 1, 1)

        self.label_progress = QLabel(self.tracking)
        self.label_progress.setObjectName(u"label_progress")

        self.trackingGrid.addWidget(self.label_progress, 2, 2, 1, 1)

        self.slot_progress = QWidget(self.tracking)
        self.slot_progress.setObjectName(u"slot_progress")

        self.trackingGrid.addWidget(self.slot_progress, 2, 3, 1, 1)

        self.label_status_reason = QLabel(self.tracking)
        self.label_status_reason.setObjectName(u"label_status_reason")

        self.trackingGrid.addWidget(self.label_status_reason, 3, 0, 1, 1)

        self.slot_status_reason = QWidget(self.tracking)
        self.slot_status_reason.setObjectName(u"slot_status_reason")

        self.trackingGrid.addWidget(self.slot_status_reason, 3, 1, 1, 3)

        self.trackingGrid.setColumnStretch(1, 1)
        self.trackingGrid.setColumnStretch(3, 1)

        self.sectionsLayout.addWidget(self.tracking)

        self.content = QGroupBox(record_mission)
        self.content.setObjectName(u"content")
        self.contentGrid = QGridLayout(self.content)
        self.contentGrid.setObjectName(u"contentGrid")
        self.contentGrid.setHorizontalSpacing(12)
        self.contentGrid.setVerticalSpacing(5)
        self.contentGrid.setContentsMargins(10, 6, 10, 8)
        self.contentColumns = QHBoxLayout()
        self.contentColumns.setSpacing(12)
        self.contentColumns.setObjectName(u"contentColumns")
        self.column_description = QVBoxLayout()
        self.column_description.setSpacing(2)
        self.column_description.setObjectName(u"column_description")
        self.label_description = QLabel(self.content)
        self.label_description.setObjectName(u"label_description")

        self.column_description.addWidget(self.label_description)

        self.slot_description = QWidget(self.content)
        self.slot_description.setObjectName(u"slot_description")

        self.column_description.addWidget(self.slot_description)


        self.contentColumns.addLayout(self.column_description)

        self.column_expected_result = QVBoxLayout()
        self.column_expected_result.setSpacing(2)
        self.column_expected_result.setObjectName(u"column_expected_result")
        self.label_expected_result = QLabel(self.content)
        self.label_expected_result.setObjectName(u"label_expected_result")

        self.column_expected_result.addWidget(self.label_expected_result)

        self.slot_expected_result = QWidget(self.content)
        self.slot_expected_result.setObjectName(u"slot_expected_result")

        self.column_expected_result.addWidget(self.slot_expected_result)


        self.contentColumns.addLayout(self.column_expected_result)


        self.contentGrid.addLayout(self.contentColumns, 0, 0, 1, 4)

        self.contentGrid.setColumnStretch(1, 1)
        self.contentGrid.setColumnStretch(3, 1)

        self.sectionsLayout.addWidget(self.content)

        self.links = QGroupBox(record_mission)
        self.links.setObjectName(u"links")
        self.linksGrid = QGridLayout(self.links)
        self.linksGrid.setObjectName(u"linksGrid")
        self.linksGrid.setHorizontalSpacing(12)
        self.linksGrid.setVerticalSpacing(5)
        self.linksGrid.setContentsMargins(10, 6, 10, 8)
        self.linksColumns = QHBoxLayout()
        self.linksColumns.setSpacing(12)
        self.linksColumns.setObjectName(u"linksColumns")
        self.column_dossier_ids = QVBoxLayout()
        self.column_dossier_ids.setSpacing(2)
        self.column_dossier_ids.setObjectName(u"column_dossier_ids")
        self.label_dossier_ids = QLabel(self.links)
        self.label_dossier_ids.setObjectName(u"label_dossier_ids")

        self.column_dossier_ids.addWidget(self.label_dossier_ids)

        self.slot_dossier_ids = QWidget(self.links)
        self.slot_dossier_ids.setObjectName(u"slot_dossier_ids")

        self.column_dossier_ids.addWidget(self.slot_dossier_ids)


        self.linksColumns.addLayout(self.column_dossier_ids)

        self.column_partner_ids = QVBoxLayout()
        self.column_partner_ids.setSpacing(2)
        self.column_partner_ids.setObjectName(u"column_partner_ids")
        self.label_partner_ids = QLabel(self.links)
        self.label_partner_ids.setObjectName(u"label_partner_ids")

        self.column_partner_ids.addWidget(self.label_partner_ids)

        self.slot_partner_ids = QWidget(self.links)
        self.slot_partner_ids.setObjectName(u"slot_partner_ids")

        self.column_partner_ids.addWidget(self.slot_partner_ids)


        self.linksColumns.addLayout(self.column_partner_ids)

        self.column_indicator_ids = QVBoxLayout()
        self.column_indicator_ids.setSpacing(2)
        self.column_indicator_ids.setObjectName(u"column_indicator_ids")
        self.label_indicator_ids = QLabel(self.links)
        self.label_indicator_ids.setObjectName(u"label_indicator_ids")

        self.column_indicator_ids.addWidget(self.label_indicator_ids)

        self.slot_indicator_ids = QWidget(self.links)
        self.slot_indicator_ids.setObjectName(u"slot_indicator_ids")

        self.column_indicator_ids.addWidget(self.slot_indicator_ids)


        self.linksColumns.addLayout(self.column_indicator_ids)


        self.linksGrid.addLayout(self.linksColumns, 0, 0, 1, 4)

        self.linksGrid.setColumnStretch(1, 1)
        self.linksGrid.setColumnStretch(3, 1)

        self.sectionsLayout.addWidget(self.links)

        QWidget.setTabOrder(self.slot_title, self.slot_attribution_id)
        QWidget.setTabOrder(self.slot_attribution_id, self.slot_origin)
        QWidget.setTabOrder(self.slot_origin, self.slot_priority)
        QWidget.setTabOrder(self.slot_priority, self.slot_instruction_date)
        QWidget.setTabOrder(self.slot_instruction_date, self.slot_instruction_authority)
        QWidget.setTabOrder(self.slot_instruction_authority, self.slot_assignee_id)
        QWidget.setTabOrder(self.slot_assignee_id, self.slot_status)
        QWidget.setTabOrder(self.slot_status, self.slot_start_date)
        QWidget.setTabOrder(self.slot_start_date, self.slot_due_date)
        QWidget.setTabOrder(self.slot_due_date, self.slot_completed_date)
        QWidget.setTabOrder(self.slot_completed_date, self.slot_progress)
        QWidget.setTabOrder(self.slot_progress, self.slot_status_reason)
        QWidget.setTabOrder(self.slot_status_reason, self.slot_description)
        QWidget.setTabOrder(self.slot_description, self.slot_expected_result)
        QWidget.setTabOrder(self.slot_expected_result, self.slot_dossier_ids)
        QWidget.setTabOrder(self.slot_dossier_ids, self.slot_partner_ids)
        QWidget.setTabOrder(self.slot_partner_ids, self.slot_indicator_ids)

        self.retranslateUi(record_mission)
    # setupUi

    def retranslateUi(self, record_mission):
        self.identification.setTitle(QCoreApplication.translate("RecordMissionForm", u"Identification", None))
        self.label_title.setText(QCoreApplication.translate("RecordMissionForm", u"&Intitul\u00e9 :", None))
        self.label_attribution_id.setText(QCoreApplication.translate("RecordMissionForm", u"&Attribution :", None))
        self.label_origin.setText(QCoreApplication.translate("RecordMissionForm", u"Ori&gine :", None))
        self.label_priority.setText(QCoreApplication.translate("RecordMissionForm", u"&Priorit\u00e9 :", None))
        self.label_instruction_date.setText(QCoreApplication.translate("RecordMissionForm", u"&Date de l'instruction :", None))
        self.label_instruction_authority.setText(QCoreApplication.translate("RecordMissionForm", u"A&utorit\u00e9 de l'instruction :", None))
        self.tracking.setTitle(QCoreApplication.translate("RecordMissionForm", u"Suivi", None))
        self.label_assignee_id.setText(QCoreApplication.translate("RecordMissionForm", u"&Responsable :", None))
        self.label_status.setText(QCoreApplication.translate("RecordMissionForm", u"&Statut :", None))
        self.label_start_date.setText(QCoreApplication.translate("RecordMissionForm", u"Date de d\u00e9&but :", None))
        self.label_due_date.setText(QCoreApplication.translate("RecordMissionForm", u"\u00c9c&h\u00e9ance :", None))
        self.label_completed_date.setText(QCoreApplication.translate("RecordMissionForm", u"Date d'ach\u00e8ve&ment :", None))
        self.label_progress.setText(QCoreApplication.translate("RecordMissionForm", u"A&vancement (%) :", None))
        self.label_status_reason.setText(QCoreApplication.translate("RecordMissionForm", u"Moti&f (annulation, attente) :", None))
        self.content.setTitle(QCoreApplication.translate("RecordMissionForm", u"Contenu", None))
        self.label_description.setText(QCoreApplication.translate("RecordMissionForm", u"Des&cription :", None))
        self.label_expected_result.setText(QCoreApplication.translate("RecordMissionForm", u"R\u00e9su&ltat attendu :", None))
        self.links.setTitle(QCoreApplication.translate("RecordMissionForm", u"Liens", None))
        self.label_dossier_ids.setText(QCoreApplication.translate("RecordMissionForm", u"D&ossiers li\u00e9s :", None))
        self.label_partner_ids.setText(QCoreApplication.translate("RecordMissionForm", u"Par&tenaires li\u00e9s :", None))
        self.label_indicator_ids.setText(QCoreApplication.translate("RecordMissionForm", u"I&ndicateurs li\u00e9s :", None))
        pass
    # retranslateUi

