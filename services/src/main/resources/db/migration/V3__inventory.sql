-- Inventory: the controllers we found or connected to, and their APs, kept between runs. Times are ISO-8601
-- UTC text. Updated from poll snapshots; one ap_image_change row whenever an AP's primary image changes.
CREATE TABLE inv_controller (
  id                   INTEGER PRIMARY KEY AUTOINCREMENT,
  address              TEXT NOT NULL,
  port                 INTEGER NOT NULL,
  hostname             TEXT NOT NULL DEFAULT '',
  version              TEXT NOT NULL DEFAULT '',
  platform             TEXT NOT NULL DEFAULT '',
  host_key_fingerprint TEXT NOT NULL DEFAULT '',
  first_seen           TEXT NOT NULL,
  last_seen            TEXT NOT NULL,
  UNIQUE (address, port)
);

CREATE TABLE inv_ap (
  controller_id INTEGER NOT NULL REFERENCES inv_controller(id) ON DELETE CASCADE,
  name          TEXT NOT NULL,
  model         TEXT NOT NULL DEFAULT '',
  image_type    TEXT NOT NULL DEFAULT '',
  ethernet_mac  TEXT NOT NULL DEFAULT '',
  radio_mac     TEXT NOT NULL DEFAULT '',
  ip_address    TEXT NOT NULL DEFAULT '',
  primary_image TEXT NOT NULL DEFAULT '',
  backup_image  TEXT NOT NULL DEFAULT '',
  last_status   TEXT NOT NULL DEFAULT '',
  first_seen    TEXT NOT NULL,
  last_seen     TEXT NOT NULL,
  PRIMARY KEY (controller_id, name)
);

CREATE TABLE inv_ap_image_change (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  controller_id INTEGER NOT NULL REFERENCES inv_controller(id) ON DELETE CASCADE,
  ap_name       TEXT NOT NULL,
  at            TEXT NOT NULL,
  from_image    TEXT NOT NULL DEFAULT '',
  to_image      TEXT NOT NULL
);
CREATE INDEX inv_ap_image_change_ap ON inv_ap_image_change(controller_id, ap_name, at);
