package cn.gov.nantong.govmedia.contentcheck;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.contentcheck.Lexicons.Term;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The lexicon terms, and the version every edit bumps so that each instance knows to recompile. */
@Repository
class LexiconRepository {

    private final DatabaseClient db;

    LexiconRepository(DatabaseClient db) {
        this.db = db;
    }

    /** A page of a lexicon's terms containing {@code q} (all for none), by term. */
    Flux<LexiconTerm> page(LexiconKind kind, @Nullable String q, PageRequest page) {
        return db.sql("select * from lexicon_terms where kind = :kind and term like :q order by term limit :limit offset :offset")
                .bind("kind", kind.name()).bind("q", like(q)).bind("limit", page.size()).bind("offset", page.offset())
                .map(TERM_ROWS).all();
    }

    Mono<Long> count(LexiconKind kind, @Nullable String q) {
        return db.sql("select count(*) as total from lexicon_terms where kind = :kind and term like :q")
                .bind("kind", kind.name()).bind("q", like(q)).map(row -> row.get("total", Long.class)).one();
    }

    /** The new term; empty when the lexicon has it already. */
    Mono<LexiconTerm> insert(LexiconKind kind, String term, @Nullable String suggestion, String actor) {
        return db.sql("""
                        insert into lexicon_terms (kind, term, suggestion, created_by) values (:kind, :term, :suggestion, :actor)
                        on conflict (kind, term) do nothing returning *""")
                .bind("kind", kind.name()).bind("term", term).bind("actor", actor)
                .bind("suggestion", Parameter.fromOrEmpty(suggestion, String.class))
                .map(TERM_ROWS).one();
    }

    /** The removed term; empty when there was none. */
    Mono<LexiconTerm> delete(LexiconKind kind, long id) {
        return db.sql("delete from lexicon_terms where id = :id and kind = :kind returning *").bind("id", id).bind("kind", kind.name())
                .map(TERM_ROWS).one();
    }

    Mono<Void> bumpVersion() {
        return db.sql("update lexicon_state set version = version + 1 where id = 1").then();
    }

    Mono<Long> version() {
        return db.sql("select version from lexicon_state where id = 1").map(row -> row.get("version", Long.class)).one();
    }

    Flux<Term> allTerms() {
        return db.sql("select kind, term, suggestion from lexicon_terms")
                .map(row -> new Term(LexiconKind.valueOf(row.get("kind", String.class)), row.get("term", String.class),
                        row.get("suggestion", String.class)))
                .all();
    }

    private static String like(@Nullable String q) {
        return q == null || q.isBlank() ? "%" : WhereClause.containing(q);
    }

    private static final RecordRows<LexiconTerm> TERM_ROWS = RecordRows.of(LexiconTerm.class);
}
