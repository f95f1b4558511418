package dev.prepdeck.pairs;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import dev.prepdeck.interview.InterviewChanged;
import dev.prepdeck.interview.InterviewService;
import dev.prepdeck.interview.InterviewViews;
import dev.prepdeck.live.LiveChannels;

/**
 * Interviews in pairs: the candidate's interviewer link, what each of the two screens shows, and the live channel
 * every change of an interview is published on, so both screens follow it on whichever instance they are.
 */
@ApplicationScoped
public class PairService {

    private static final int TOKEN_BYTES = 32;

    @Inject
    InterviewService interviews;

    @Inject
    LiveChannels live;

    private final SecureRandom random = new SecureRandom();

    /** What the interviewer's screen shows of the question being asked. */
    public record InterviewerView(InterviewViews.State interview, InterviewViews.Answer current,
            InterviewViews.Answer parent, List<InterviewViews.Answer> followUps) {
    }

    /** The live channel of one interview. */
    public static String channel(String interviewId) {
        return "interview." + interviewId;
    }

    /** Every step of an interview, in its own transaction: the screens following it are told once it commits. */
    void publish(@Observes InterviewChanged change) {
        live.publish(channel(change.interviewId()));
    }

    /** A new interviewer link for the owner's interview, replacing the one it had. */
    @Transactional
    public String createLink(InterviewService.Owner owner, String interviewId) {
        interviews.view(owner, interviewId);
        PairLink old = PairLink.findByInterview(interviewId);
        if (old != null) {
            old.delete();
            // the unique index on interview_id: the old row must be gone before the new one is inserted
            PairLink.flush();
        }
        PairLink link = new PairLink();
        link.token = newToken();
        link.interviewId = interviewId;
        link.createdAt = Instant.now();
        link.persist();
        return link.token;
    }

    /** The owner's interviewer link, if there is one. */
    @Transactional
    public Optional<String> link(InterviewService.Owner owner, String interviewId) {
        interviews.view(owner, interviewId);
        return Optional.ofNullable(PairLink.findByInterview(interviewId)).map(l -> l.token);
    }

    /** Withdraws the owner's interviewer link: it answers 404 from now on. */
    @Transactional
    public void withdraw(InterviewService.Owner owner, String interviewId) {
        interviews.view(owner, interviewId);
        PairLink.delete("interviewId", interviewId);
        // an interviewer's open screen stops being sent anything from the next change on
        live.publish(channel(interviewId));
    }

    /** The interview a token opens; 404 for a token that is not (or no longer) a link. */
    @Transactional
    public String interviewOf(String token) {
        PairLink link = PairLink.findByToken(token);
        if (link == null) {
            throw new NotFoundException("This interviewer link does not exist or was withdrawn.");
        }
        return link.interviewId;
    }

    /** Whether the token still opens that interview. */
    @Transactional
    public boolean opens(String token, String interviewId) {
        PairLink link = PairLink.findByToken(token);
        return link != null && link.interviewId.equals(interviewId);
    }

    /** The interviewer's screen: the question being asked, its model answer, key concepts and follow-ups. */
    public InterviewerView interviewerView(String interviewId) {
        InterviewViews.State state = interviews.state(interviewId);
        InterviewViews.Answer current = state.current();
        if (current == null) {
            return new InterviewerView(state, null, null, List.of());
        }
        List<InterviewViews.Answer> followUps = state.answers().stream()
                .filter(a -> Objects.equals(a.parentPosition(), current.position())).toList();
        return new InterviewerView(state, current, state.parentOf(current), followUps);
    }

    /** Records the interviewer's rating (1 … 4, or none) and notes on one question, for the report. */
    public InterviewViews.State rate(String token, int position, Integer rating, String notes) {
        return interviews.rateAsInterviewer(interviewOf(token), position, rating, notes);
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
