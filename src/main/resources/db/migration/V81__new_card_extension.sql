-- "Study more new cards today": extra new cards a learner allowed themselves on one study day, on top of
-- the daily limit in their settings. study_day is the day number DayClock gives (days since 1970-01-01 in
-- the learner's zone, starting at their rollover hour); old rows simply stop mattering.
CREATE TABLE new_card_extension (
    user_id    BIGINT  NOT NULL,
    study_day  BIGINT  NOT NULL,
    extra      INTEGER NOT NULL,
    CONSTRAINT pk_new_card_extension PRIMARY KEY (user_id, study_day),
    CONSTRAINT fk_new_card_extension_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_new_card_extension_extra CHECK (extra >= 0)
);
