package cn.gov.nantong.govmedia.filing;

import cn.gov.nantong.govmedia.account.AccountRegister;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The documents of a filing the caller may see: its 《政务新媒体备案登记表》 (Art 15.3). */
@Service
class FilingDocuments {

    enum Format { PDF, XLSX }

    private final FilingService filings;
    private final AccountRegister accounts;
    private final RegistrationForm form;

    FilingDocuments(FilingService filings, AccountRegister accounts, RegistrationForm form) {
        this.filings = filings;
        this.accounts = accounts;
        this.form = form;
    }

    Mono<byte[]> registrationForm(long id, Format format) {
        return filings.get(id)
                .flatMap(filing -> accounts.byId(filing.accountId())
                        .publishOn(Schedulers.boundedElastic())
                        .map(account -> format == Format.PDF ? form.pdf(filing, account) : form.xlsx(filing, account)));
    }
}
