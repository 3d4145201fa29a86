# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, loginDialog):
        if not loginDialog.objectName():
            loginDialog.setObjectName(u"loginDialog")
        loginDialog.resize(400, 136)
        self.dialogLayout = QVBoxLayout(loginDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.databaseLabel = QLabel(loginDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.databaseLabel)

        self.loginForm = QFormLayout()
        self.loginForm.setObjectName(u"loginForm")
        self.loginLabel = QLabel(loginDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.loginForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.login = QLineEdit(loginDialog)
        self.login.setObjectName(u"login")

        self.loginForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.login)

        self.passwordLabel = QLabel(loginDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.loginForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(loginDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.loginForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.dialogLayout.addLayout(self.loginForm)

        self.error = QLabel(loginDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialogLayout.addWidget(self.error)

        self.demoBox = QWidget(loginDialog)
        self.demoBox.setObjectName(u"demoBox")
        self.demoLayout = QVBoxLayout(self.demoBox)
        self.demoLayout.setObjectName(u"demoLayout")
        self.demoLayout.setContentsMargins(0, 8, 0, 0)
        self.demoIntro = QLabel(self.demoBox)
        self.demoIntro.setObjectName(u"demoIntro")
        self.demoIntro.setWordWrap(True)

        self.demoLayout.addWidget(self.demoIntro)

        self.demoAccounts = QTableWidget(self.demoBox)
        if (self.demoAccounts.columnCount() < 4):
            self.demoAccounts.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.demoAccounts.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.demoAccounts.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.demoAccounts.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.demoAccounts.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.demoAccounts.setObjectName(u"demoAccounts")
        self.demoAccounts.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.demoAccounts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.demoAccounts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.demoAccounts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.demoAccounts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.demoAccounts.horizontalHeader().setStretchLastSection(True)
        self.demoAccounts.verticalHeader().setVisible(False)

        self.demoLayout.addWidget(self.demoAccounts)


        self.dialogLayout.addWidget(self.demoBox)

        self.buttons = QDialogButtonBox(loginDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.login)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.login, self.password)
        QWidget.setTabOrder(self.password, self.demoAccounts)

        self.retranslateUi(loginDialog)
    # setupUi

    def retranslateUi(self, loginDialog):
        loginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Connexion \u2014 Cabinet Desktop", None))
        self.loginLabel.setText(QCoreApplication.translate("LoginDialog", u"&Identifiant :", None))
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"&Mot de passe :", None))
        self.demoIntro.setText(QCoreApplication.translate("LoginDialog", u"Base de d\u00e9monstration : choisissez un compte pour essayer un r\u00f4le (double-clic pour remplir).", None))
        ___qtablewidgetitem = self.demoAccounts.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("LoginDialog", u"Identifiant", None))
        ___qtablewidgetitem1 = self.demoAccounts.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("LoginDialog", u"Mot de passe", None))
        ___qtablewidgetitem2 = self.demoAccounts.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("LoginDialog", u"R\u00f4le", None))
        ___qtablewidgetitem3 = self.demoAccounts.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("LoginDialog", u"Habilitation", None))
    # retranslateUi

