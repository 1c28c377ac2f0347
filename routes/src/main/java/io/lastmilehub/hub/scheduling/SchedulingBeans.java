package io.lastmilehub.hub.scheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The locks of scheduled work: ShedLock's JDBC provider on the hub's database (table {@code shedlock}, V21). */
@Configuration(proxyBeanMethods = false)
class SchedulingBeans {

    /**
     * Lock times are the database's ({@code usingDbTime}), so instances whose clocks drift apart still agree on when a
     * row is free; the lock's own updates run in transactions of their own.
     */
    @Bean
    LockProvider lockProvider(JdbcTemplate jdbc) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc).usingDbTime().build());
    }
}
