package io.lastmilehub.hub.edi;

import io.lastmilehub.connectors.support.edi.ControlNumbers.Kind;
import io.lastmilehub.testsupport.postgres.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The control numbers on both databases the hub runs on, with the real Flyway scripts. */
class EdiControlNumbersIT {

    private static final int THREADS = 8;
    private static final int NUMBERS_PER_THREAD = 40;

    static Stream<Arguments> databases() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:edi-numbers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return Stream.of(Arguments.of("H2", h2),
                Arguments.of("PostgreSQL", EmbeddedPostgresServer.start().dataSource()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void whenSendersRaceForOnePartner_everyNumberIsTakenOnceAndEachSenderSeesThemIncrease(String name, DataSource db)
            throws Exception {
        EdiControlNumbers numbers = migrated(db);
        String partner = newPartner();

        List<List<Long>> perThread = race(() -> {
            List<Long> taken = new ArrayList<>();
            for (int i = 0; i < NUMBERS_PER_THREAD; i++) {
                taken.add(numbers.next(partner, Kind.INTERCHANGE));
            }
            return taken;
        });

        perThread.forEach(taken -> assertThat(taken).isSorted().doesNotHaveDuplicates());
        List<Long> all = perThread.stream().flatMap(List::stream).sorted().toList();
        assertThat(all).containsExactlyElementsOf(LongStream.rangeClosed(1, THREADS * NUMBERS_PER_THREAD)
                .boxed().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eachPartnerAndKindCountsOnItsOwn(String name, DataSource db) {
        EdiControlNumbers numbers = migrated(db);
        String partner = newPartner();
        String other = newPartner();

        assertThat(numbers.next(partner, Kind.INTERCHANGE)).isEqualTo(1);
        assertThat(numbers.next(partner, Kind.INTERCHANGE)).isEqualTo(2);
        assertThat(numbers.next(partner, Kind.GROUP)).isEqualTo(1);
        assertThat(numbers.next(other, Kind.INTERCHANGE)).isEqualTo(1);
        assertThat(numbers.next(partner, Kind.INTERCHANGE)).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSendThatRollsBackGivesItsNumberBack(String name, DataSource db) {
        EdiControlNumbers numbers = migrated(db);
        String partner = newPartner();
        TransactionTemplate sending = new TransactionTemplate(new DataSourceTransactionManager(db));

        assertThat(numbers.next(partner, Kind.TRANSACTION)).isEqualTo(1);
        sending.executeWithoutResult(status -> {
            assertThat(numbers.next(partner, Kind.TRANSACTION)).isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(numbers.next(partner, Kind.TRANSACTION)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void after999999999TheNumberStartsAgainAt1(String name, DataSource db) {
        EdiControlNumbers numbers = migrated(db);
        String partner = newPartner();
        numbers.next(partner, Kind.INTERCHANGE);
        new JdbcTemplate(db).update("UPDATE edi_control_number SET last_value = ? WHERE partner = ?",
                EdiControlNumbers.MAX - 1, partner);

        assertThat(numbers.next(partner, Kind.INTERCHANGE)).isEqualTo(999_999_999L);
        assertThat(numbers.next(partner, Kind.INTERCHANGE)).isEqualTo(1);
    }

    private static EdiControlNumbers migrated(DataSource db) {
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        return new EdiControlNumbers(new JdbcTemplate(db), new DataSourceTransactionManager(db));
    }

    /** A partner of this test only: the PostgreSQL database is shared by all tests of the JVM. */
    private static String newPartner() {
        return "X12:ZZ:" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> List<T> race(Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(work));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
