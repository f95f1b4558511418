package dev.prepdeck.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.prepdeck.content.Topic;

/** Checks the topic selection of a study session. */
@ApplicationScoped
public class StudyTopics {

    /** The chosen topic ids without duplicates; an unknown or retired topic is a 400. Empty means all topics. */
    public List<String> requireKnown(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                continue;
            }
            if (Topic.findActive(id) == null) {
                throw new IllegalArgumentException("No topic has the id '" + id + "'.");
            }
            chosen.add(id);
        }
        return new ArrayList<>(chosen);
    }
}
