package cn.gov.nantong.govmedia;

import cn.gov.nantong.govmedia.common.DatabaseUrl;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GovMediaApplication {

    public static void main(String[] args) {
        DatabaseUrl.fromEnvironment(System.getenv("DATABASE_URL"))
                .ifPresent(url -> url.springProperties().forEach(System::setProperty));
        SpringApplication.run(GovMediaApplication.class, args);
    }
}
