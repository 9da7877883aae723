package cn.gov.nantong.govmedia.contentcheck;

/**
 * The masking of Art 20 for other features: resident ID numbers, bank card numbers, mobile numbers and e-mail
 * addresses in a text are replaced by their masked forms (see {@link PersonalData}).
 */
public final class PersonalDataMasking {

    private PersonalDataMasking() {
    }

    public static String mask(String text) {
        return PersonalData.mask(text, PersonalData.find(text));
    }
}
