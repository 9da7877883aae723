package cn.gov.nantong.govmedia.contentcheck;

import cn.gov.nantong.govmedia.common.cluster.ClusterNotifications;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The lexicons compiled into one Aho-Corasick automaton, replaced whole when the lexicon version moves: after
 * an edit on this instance at once, on the others when the edit's cluster notification arrives (milliseconds), and
 * at the latest within the refresh interval should a notification be lost. No restart needed.
 */
@Component
public class Lexicons {

    private static final Logger log = LoggerFactory.getLogger(Lexicons.class);

    record Term(LexiconKind kind, String term, String suggestion) {
    }

    record Snapshot(long version, AhoCorasickDoubleArrayTrie<List<Term>> automaton, Set<String> approvedSources, int terms) {
    }

    static final String TOPIC = "lexicons";

    private final LexiconRepository repository;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final Disposable notified;

    Lexicons(LexiconRepository repository, ClusterNotifications notifications) {
        this.repository = repository;
        this.notified = notifications.topics()
                .filter(topic -> topic.equals(TOPIC) || topic.equals(ClusterNotifications.RECONNECTED))
                .concatMap(topic -> reload().onErrorResume(error -> {
                    log.warn("lexicon reload failed: {}", error.toString());
                    return Mono.empty();
                }))
                .subscribe();
    }

    @PreDestroy
    void stopListening() {
        notified.dispose();
    }

    /** What this instance has compiled, without loading anything. */
    java.util.Optional<Snapshot> loaded() {
        return java.util.Optional.ofNullable(current.get());
    }

    Mono<Snapshot> snapshot() {
        Snapshot snapshot = current.get();
        return snapshot != null ? Mono.just(snapshot) : reload();
    }

    @Scheduled(fixedDelayString = "${govmedia.lexicons.refresh:PT5M}", initialDelayString = "${govmedia.lexicons.refresh:PT5M}")
    void refreshIfChanged() {
        repository.version().filter(version -> current.get() == null || current.get().version() != version)
                .flatMap(version -> reload())
                .subscribe(snapshot -> log.info("lexicons reloaded: version {}, {} terms", snapshot.version(), snapshot.terms()),
                        error -> log.warn("lexicon refresh failed: {}", error.toString()));
    }

    public Mono<Snapshot> reload() {
        return repository.version().zipWith(repository.allTerms().collectList())
                .publishOn(Schedulers.boundedElastic())
                .map(data -> compile(data.getT1(), data.getT2()))
                .doOnNext(current::set);
    }

    static Snapshot compile(long version, List<Term> terms) {
        TreeMap<String, List<Term>> dictionary = new TreeMap<>();
        Set<String> approvedSources = new HashSet<>();
        for (Term term : terms) {
            if (term.kind() == LexiconKind.APPROVED_SOURCE) {
                approvedSources.add(term.term());
            } else {
                dictionary.computeIfAbsent(term.term(), t -> new ArrayList<>()).add(term);
            }
        }
        AhoCorasickDoubleArrayTrie<List<Term>> automaton = new AhoCorasickDoubleArrayTrie<>();
        if (!dictionary.isEmpty()) {
            automaton.build(dictionary);
        }
        return new Snapshot(version, automaton, Set.copyOf(approvedSources), terms.size());
    }
}
