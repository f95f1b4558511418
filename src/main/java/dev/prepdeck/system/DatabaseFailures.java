package dev.prepdeck.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads an exception's causes to tell what kind of database failure it is: the database unable to store anything
 * right now (a full disk, a closed or unreachable database, a read-only server), a unique key refusing a duplicate,
 * or the embedded H2 store having shut itself down. Pure: only {@code java.sql}.
 */
public final class DatabaseFailures {

    /** SQLSTATE of a unique-key violation, the same in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    // H2's own error codes (org.h2.api.ErrorCode), which it also reports as the SQLSTATE.
    private static final int H2_GENERAL_ERROR = 50000;
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_IO_EXCEPTION = 90028;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_IO_EXCEPTION_2 = 90031;
    private static final int H2_CONNECTION_BROKEN = 90067;
    private static final int H2_DATABASE_READ_ONLY = 90097;
    private static final int H2_DATABASE_CLOSED = 90098;
    private static final int H2_OUT_OF_MEMORY = 90108;
    private static final int H2_CALLED_AT_SHUTDOWN = 90121;
    private static final Set<Integer> H2_STORE_GONE = Set.of(H2_DATABASE_ALREADY_OPEN, H2_IO_EXCEPTION,
            H2_FILE_CORRUPTED, H2_IO_EXCEPTION_2, H2_DATABASE_CLOSED, H2_CALLED_AT_SHUTDOWN);

    /**
     * The transaction manager's word for "the database refused the commit" (its cause, an XAException, does not
     * carry the SQLException), and Hibernate's for a lost connection; named, not imported, to stay framework-free.
     */
    private static final Set<String> COMMIT_FAILURES = Set.of("jakarta.transaction.RollbackException",
            "javax.transaction.xa.XAException", "org.hibernate.exception.JDBCConnectionException");

    private DatabaseFailures() {
    }

    /**
     * True when the failure is the database being unable to serve at all, so the right answer is "try again
     * shortly" (503), not a validation message and not a bug report.
     */
    public static boolean isUnavailable(Throwable failure) {
        return anySqlException(failure, DatabaseFailures::unavailable)
                || anyCause(failure, t -> COMMIT_FAILURES.contains(t.getClass().getName()));
    }

    /** True when a unique key refused the row: the duplicate exists already. */
    public static boolean isUniqueViolation(Throwable failure) {
        return anySqlException(failure, e -> UNIQUE_VIOLATION.equals(e.getSQLState()));
    }

    /**
     * True when the embedded H2 database closed itself (after a write error such as a full disk) or its files
     * cannot be used: pooled connections to it will never work again and must be replaced.
     */
    public static boolean isEmbeddedStoreGone(Throwable failure) {
        return anySqlException(failure, e -> H2_STORE_GONE.contains(e.getErrorCode()) || storeWriteFailed(e));
    }

    private static boolean unavailable(SQLException e) {
        if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException) {
            return true;
        }
        int code = e.getErrorCode();
        if (H2_STORE_GONE.contains(code) || code == H2_CONNECTION_BROKEN || code == H2_DATABASE_READ_ONLY
                || code == H2_OUT_OF_MEMORY || storeWriteFailed(e)) {
            return true;
        }
        String state = e.getSQLState();
        if (state != null && state.length() == 5) {
            String sqlClass = state.substring(0, 2);
            // 08 connection exception, 53 insufficient resources (53100 disk full), 57P0x server shutting down,
            // 58 system error (I/O), 25006 read-only transaction (a standby after fail-over)
            if (sqlClass.equals("08") || sqlClass.equals("53") || sqlClass.equals("58") || state.startsWith("57P0")
                    || state.equals("25006")) {
                return true;
            }
        }
        // Agroal gives up waiting for a free connection with a plain SQLException and no state.
        String message = e.getMessage();
        return message != null && message.contains("Acquisition timeout");
    }

    private static boolean storeWriteFailed(SQLException e) {
        String message = e.getMessage();
        return e.getErrorCode() == H2_GENERAL_ERROR && message != null && message.contains("MVStoreException");
    }

    private static boolean anySqlException(Throwable failure, Predicate<SQLException> test) {
        return anyCause(failure, t -> {
            if (!(t instanceof SQLException sql)) {
                return false;
            }
            for (SQLException e = sql; e != null; e = e.getNextException()) {
                if (test.test(e)) {
                    return true;
                }
                if (e.getNextException() == e) {
                    break;
                }
            }
            return false;
        });
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed != t && test.test(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
