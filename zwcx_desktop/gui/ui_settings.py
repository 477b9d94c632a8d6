# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.outer = QVBoxLayout(SettingsPage)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(SettingsPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.lay = QVBoxLayout(self.body)
        self.lay.setObjectName(u"lay")
        self.server_box = QGroupBox(self.body)
        self.server_box.setObjectName(u"server_box")
        self.server_form = QFormLayout(self.server_box)
        self.server_form.setObjectName(u"server_form")
        self.server_url_label = QLabel(self.server_box)
        self.server_url_label.setObjectName(u"server_url_label")

        self.server_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.server_url_label)

        self.server_row = QHBoxLayout()
        self.server_row.setObjectName(u"server_row")
        self.server_url = QLineEdit(self.server_box)
        self.server_url.setObjectName(u"server_url")
        self.server_url.setPlaceholderText(u"https://")

        self.server_row.addWidget(self.server_url)

        self.save_server = QPushButton(self.server_box)
        self.save_server.setObjectName(u"save_server")

        self.server_row.addWidget(self.save_server)

        self.server_row.setStretch(0, 1)

        self.server_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.server_row)

        self.enrol_code_label = QLabel(self.server_box)
        self.enrol_code_label.setObjectName(u"enrol_code_label")

        self.server_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.enrol_code_label)

        self.enrol_row = QHBoxLayout()
        self.enrol_row.setObjectName(u"enrol_row")
        self.enrol_code = QLineEdit(self.server_box)
        self.enrol_code.setObjectName(u"enrol_code")

        self.enrol_row.addWidget(self.enrol_code)

        self.enrol = QPushButton(self.server_box)
        self.enrol.setObjectName(u"enrol")

        self.enrol_row.addWidget(self.enrol)

        self.enrol_row.setStretch(0, 1)

        self.server_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.enrol_row)

        self.server_msg = QLabel(self.server_box)
        self.server_msg.setObjectName(u"server_msg")
        self.server_msg.setWordWrap(True)

        self.server_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.server_msg)

        self.sync_interval_label = QLabel(self.server_box)
        self.sync_interval_label.setObjectName(u"sync_interval_label")

        self.server_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sync_interval_label)

        self.sync_interval = QSpinBox(self.server_box)
        self.sync_interval.setObjectName(u"sync_interval")
        self.sync_interval.setMaximum(1440)

        self.server_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sync_interval)


        self.lay.addWidget(self.server_box)

        self.secrets_slot = QVBoxLayout()
        self.secrets_slot.setObjectName(u"secrets_slot")

        self.lay.addLayout(self.secrets_slot)

        self.contact_box = QGroupBox(self.body)
        self.contact_box.setObjectName(u"contact_box")
        self.contact_form = QFormLayout(self.contact_box)
        self.contact_form.setObjectName(u"contact_form")
        self.contact_save = QPushButton(self.contact_box)
        self.contact_save.setObjectName(u"contact_save")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contact_save)

        self.contact_msg = QLabel(self.contact_box)
        self.contact_msg.setObjectName(u"contact_msg")
        self.contact_msg.setWordWrap(True)

        self.contact_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_msg)


        self.lay.addWidget(self.contact_box)

        self.clocks_slot = QVBoxLayout()
        self.clocks_slot.setObjectName(u"clocks_slot")

        self.lay.addLayout(self.clocks_slot)

        self.users_box = QGroupBox(self.body)
        self.users_box.setObjectName(u"users_box")
        self.users_layout = QVBoxLayout(self.users_box)
        self.users_layout.setObjectName(u"users_layout")
        self.users_table = QTableWidget(self.users_box)
        if (self.users_table.columnCount() < 4):
            self.users_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.users_table.setObjectName(u"users_table")
        self.users_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users_table.setTabKeyNavigation(False)
        self.users_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setColumnCount(4)
        self.users_table.horizontalHeader().setStretchLastSection(True)

        self.users_layout.addWidget(self.users_table)

        self.selected_user = QLabel(self.users_box)
        self.selected_user.setObjectName(u"selected_user")
        self.selected_user.setStyleSheet(u"font-weight: bold; margin-top: 8px;")

        self.users_layout.addWidget(self.selected_user)

        self.user_actions = QHBoxLayout()
        self.user_actions.setObjectName(u"user_actions")
        self.toggle_user_active = QPushButton(self.users_box)
        self.toggle_user_active.setObjectName(u"toggle_user_active")

        self.user_actions.addWidget(self.toggle_user_active)

        self.role_gap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.user_actions.addItem(self.role_gap)

        self.user_role_label = QLabel(self.users_box)
        self.user_role_label.setObjectName(u"user_role_label")

        self.user_actions.addWidget(self.user_role_label)

        self.user_role = QComboBox(self.users_box)
        self.user_role.setObjectName(u"user_role")

        self.user_actions.addWidget(self.user_role)

        self.change_user_role = QPushButton(self.users_box)
        self.change_user_role.setObjectName(u"change_user_role")

        self.user_actions.addWidget(self.change_user_role)

        self.password_gap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.user_actions.addItem(self.password_gap)

        self.reset_password_label = QLabel(self.users_box)
        self.reset_password_label.setObjectName(u"reset_password_label")

        self.user_actions.addWidget(self.reset_password_label)

        self.reset_password = QLineEdit(self.users_box)
        self.reset_password.setObjectName(u"reset_password")
        self.reset_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.user_actions.addWidget(self.reset_password)

        self.reset_user_password = QPushButton(self.users_box)
        self.reset_user_password.setObjectName(u"reset_user_password")

        self.user_actions.addWidget(self.reset_user_password)

        self.user_actions.setStretch(7, 1)

        self.users_layout.addLayout(self.user_actions)

        self.add_user_heading = QLabel(self.users_box)
        self.add_user_heading.setObjectName(u"add_user_heading")
        self.add_user_heading.setStyleSheet(u"font-weight: bold; margin-top: 8px;")

        self.users_layout.addWidget(self.add_user_heading)

        self.new_user_form = QFormLayout()
        self.new_user_form.setObjectName(u"new_user_form")
        self.new_user_name_label = QLabel(self.users_box)
        self.new_user_name_label.setObjectName(u"new_user_name_label")

        self.new_user_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.new_user_name_label)

        self.new_user_name = QLineEdit(self.users_box)
        self.new_user_name.setObjectName(u"new_user_name")

        self.new_user_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.new_user_name)

        self.new_user_display_label = QLabel(self.users_box)
        self.new_user_display_label.setObjectName(u"new_user_display_label")

        self.new_user_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_user_display_label)

        self.new_user_display = QLineEdit(self.users_box)
        self.new_user_display.setObjectName(u"new_user_display")

        self.new_user_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_user_display)

        self.new_user_password_label = QLabel(self.users_box)
        self.new_user_password_label.setObjectName(u"new_user_password_label")

        self.new_user_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_user_password_label)

        self.new_user_password = QLineEdit(self.users_box)
        self.new_user_password.setObjectName(u"new_user_password")
        self.new_user_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.new_user_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_user_password)

        self.new_user_role_label = QLabel(self.users_box)
        self.new_user_role_label.setObjectName(u"new_user_role_label")

        self.new_user_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.new_user_role_label)

        self.new_user_role = QComboBox(self.users_box)
        self.new_user_role.setObjectName(u"new_user_role")

        self.new_user_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.new_user_role)


        self.users_layout.addLayout(self.new_user_form)

        self.add_user = QPushButton(self.users_box)
        self.add_user.setObjectName(u"add_user")

        self.users_layout.addWidget(self.add_user)

        self.user_msg = QLabel(self.users_box)
        self.user_msg.setObjectName(u"user_msg")

        self.users_layout.addWidget(self.user_msg)


        self.lay.addWidget(self.users_box)

        self.not_admin = QLabel(self.body)
        self.not_admin.setObjectName(u"not_admin")

        self.lay.addWidget(self.not_admin)

        self.tray_slot = QVBoxLayout()
        self.tray_slot.setObjectName(u"tray_slot")

        self.lay.addLayout(self.tray_slot)

        self.page_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lay.addItem(self.page_end)

        self.scroll.setWidget(self.body)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.server_url_label.setBuddy(self.server_url)
        self.enrol_code_label.setBuddy(self.enrol_code)
        self.sync_interval_label.setBuddy(self.sync_interval)
        self.user_role_label.setBuddy(self.user_role)
        self.reset_password_label.setBuddy(self.reset_password)
        self.new_user_name_label.setBuddy(self.new_user_name)
        self.new_user_display_label.setBuddy(self.new_user_display)
        self.new_user_password_label.setBuddy(self.new_user_password)
        self.new_user_role_label.setBuddy(self.new_user_role)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.server_box.setTitle(QCoreApplication.translate("SettingsPage", u"Municipal server", None))
        self.server_url_label.setText(QCoreApplication.translate("SettingsPage", u"Server address", None))
#if QT_CONFIG(accessibility)
        self.server_url.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Server address", None))
#endif // QT_CONFIG(accessibility)
        self.save_server.setText(QCoreApplication.translate("SettingsPage", u"Save address", None))
        self.enrol_code_label.setText(QCoreApplication.translate("SettingsPage", u"Enrolment code", None))
#if QT_CONFIG(accessibility)
        self.enrol_code.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Enrolment code", None))
#endif // QT_CONFIG(accessibility)
        self.enrol_code.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"One-time code from the municipal administrator", None))
        self.enrol.setText(QCoreApplication.translate("SettingsPage", u"Enrol this computer", None))
        self.sync_interval_label.setText(QCoreApplication.translate("SettingsPage", u"Sync automatically every", None))
#if QT_CONFIG(accessibility)
        self.sync_interval.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Sync automatically every", None))
#endif // QT_CONFIG(accessibility)
        self.sync_interval.setSpecialValueText(QCoreApplication.translate("SettingsPage", u"off", None))
        self.sync_interval.setSuffix(QCoreApplication.translate("SettingsPage", u" min", None))
        self.contact_box.setTitle(QCoreApplication.translate("SettingsPage", u"Contact details printed on notices", None))
        self.contact_save.setText(QCoreApplication.translate("SettingsPage", u"Save contact details", None))
        self.users_box.setTitle(QCoreApplication.translate("SettingsPage", u"Users", None))
        ___qtablewidgetitem = self.users_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SettingsPage", u"User name", None))
        ___qtablewidgetitem1 = self.users_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SettingsPage", u"Display name", None))
        ___qtablewidgetitem2 = self.users_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SettingsPage", u"Role", None))
        ___qtablewidgetitem3 = self.users_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SettingsPage", u"Active", None))
#if QT_CONFIG(accessibility)
        self.users_table.setAccessibleName(QCoreApplication.translate("SettingsPage", u"User accounts", None))
#endif // QT_CONFIG(accessibility)
        self.toggle_user_active.setText(QCoreApplication.translate("SettingsPage", u"Deactivate", None))
        self.user_role_label.setText(QCoreApplication.translate("SettingsPage", u"Role:", None))
#if QT_CONFIG(accessibility)
        self.user_role.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.change_user_role.setText(QCoreApplication.translate("SettingsPage", u"Change role", None))
        self.reset_password_label.setText(QCoreApplication.translate("SettingsPage", u"New password:", None))
#if QT_CONFIG(accessibility)
        self.reset_password.setAccessibleName(QCoreApplication.translate("SettingsPage", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.reset_password.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"8 characters or more", None))
        self.reset_user_password.setText(QCoreApplication.translate("SettingsPage", u"Reset password", None))
        self.add_user_heading.setText(QCoreApplication.translate("SettingsPage", u"Add a user", None))
        self.new_user_name_label.setText(QCoreApplication.translate("SettingsPage", u"User name", None))
#if QT_CONFIG(accessibility)
        self.new_user_name.setAccessibleName(QCoreApplication.translate("SettingsPage", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.new_user_display_label.setText(QCoreApplication.translate("SettingsPage", u"Display name", None))
#if QT_CONFIG(accessibility)
        self.new_user_display.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Display name", None))
#endif // QT_CONFIG(accessibility)
        self.new_user_password_label.setText(QCoreApplication.translate("SettingsPage", u"Password", None))
#if QT_CONFIG(accessibility)
        self.new_user_password.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.new_user_role_label.setText(QCoreApplication.translate("SettingsPage", u"Role", None))
#if QT_CONFIG(accessibility)
        self.new_user_role.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.add_user.setText(QCoreApplication.translate("SettingsPage", u"Add user", None))
        self.not_admin.setText(QCoreApplication.translate("SettingsPage", u"Only an administrator can manage users.", None))
        pass
    # retranslateUi

