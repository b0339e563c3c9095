from enum import StrEnum


class BatchContactLanguage(StrEnum):
    AF = "AF"
    AR = "AR"
    AZ = "AZ"
    BG = "BG"
    BN = "BN"
    CA = "CA"
    CS = "CS"
    DA = "DA"
    DE = "DE"
    EL = "EL"
    EN = "EN"
    EN_GB = "EN_GB"
    EN_US = "EN_US"
    ES = "ES"
    ES_AR = "ES_AR"
    ES_ES = "ES_ES"
    ES_MX = "ES_MX"
    ET = "ET"
    FA = "FA"
    FI = "FI"
    FIL = "FIL"
    FR = "FR"
    GA = "GA"
    GU = "GU"
    HA = "HA"
    HE = "HE"
    HI = "HI"
    HR = "HR"
    HU = "HU"
    ID = "ID"
    IT = "IT"
    JA = "JA"
    KK = "KK"
    KN = "KN"
    KO = "KO"
    LO = "LO"
    LT = "LT"
    LV = "LV"
    MK = "MK"
    ML = "ML"
    MR = "MR"
    MS = "MS"
    NB = "NB"
    NL = "NL"
    PA = "PA"
    PL = "PL"
    PT = "PT"
    PT_BR = "PT_BR"
    PT_PT = "PT_PT"
    RO = "RO"
    RU = "RU"
    SK = "SK"
    SL = "SL"
    SQ = "SQ"
    SR = "SR"
    SV = "SV"
    SW = "SW"
    TA = "TA"
    TE = "TE"
    TH = "TH"
    TR = "TR"
    UK = "UK"
    UR = "UR"
    UZ = "UZ"
    VI = "VI"
    ZH = "ZH"
    ZH_CN = "ZH_CN"
    ZH_HK = "ZH_HK"
    ZH_TW = "ZH_TW"
    ZU = "ZU"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BatchContactLanguage | None":
        # The API adds enum values (channels, triggers, reason codes) between spec
        # releases; keep an unknown value instead of failing to parse the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
