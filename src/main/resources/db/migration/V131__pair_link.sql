-- Interviewer links: whoever holds the token follows one interview as its interviewer (model answer, key concepts,
-- follow-ups, rating and notes). The token is random (32 bytes, URL-safe Base64) and the only key to that view, like
-- a visitor's quiz id; the candidate may replace or withdraw it. Portable between H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE pair_link (
    token         VARCHAR(64)  NOT NULL,
    interview_id  VARCHAR(36)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_pair_link PRIMARY KEY (token),
    -- a link goes with its interview (a visitor's interview is deleted after a while)
    CONSTRAINT fk_pair_link_interview FOREIGN KEY (interview_id) REFERENCES interview (id) ON DELETE CASCADE
);
-- One link per interview at most; the candidate's page finds it by interview.
CREATE UNIQUE INDEX ux_pair_link_interview ON pair_link (interview_id);
