-- What a case tells its applicant (received, material requested, decided): the applicant's inbox in the portal.
CREATE TABLE notification (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    application_number   VARCHAR(20)   NOT NULL REFERENCES application (application_number),
    message_zh           VARCHAR(1000) NOT NULL,
    message_en           VARCHAR(1000) NOT NULL,
    created_at           TIMESTAMP     NOT NULL
);
CREATE INDEX notification_application ON notification (application_number);
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 1;
