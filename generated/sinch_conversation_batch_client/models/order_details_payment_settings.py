from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.order_details_payment_settings_boleto import (
        OrderDetailsPaymentSettingsBoleto,
    )
    from ..models.order_details_payment_settings_dynamic_pix import (
        OrderDetailsPaymentSettingsDynamicPix,
    )
    from ..models.order_details_payment_settings_payment_link import (
        OrderDetailsPaymentSettingsPaymentLink,
    )


T = TypeVar("T", bound="OrderDetailsPaymentSettings")


@_attrs_define(repr=False)
class OrderDetailsPaymentSettings:
    """Deprecated: use payment_buttons. Exactly one of dynamic_pix, payment_link, boleto."""

    dynamic_pix: OrderDetailsPaymentSettingsDynamicPix | Unset = UNSET
    """ The dynamic Pix payment settings. """
    payment_link: OrderDetailsPaymentSettingsPaymentLink | Unset = UNSET
    """ The payment link settings. """
    boleto: OrderDetailsPaymentSettingsBoleto | Unset = UNSET
    """ The Boleto settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("dynamic_pix", False),
                ("payment_link", False),
                ("boleto", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        dynamic_pix: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_pix, Unset):
            dynamic_pix = self.dynamic_pix.to_dict()

        payment_link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_link, Unset):
            payment_link = self.payment_link.to_dict()

        boleto: dict[str, Any] | Unset = UNSET
        if not isinstance(self.boleto, Unset):
            boleto = self.boleto.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dynamic_pix is not UNSET:
            field_dict["dynamic_pix"] = dynamic_pix
        if payment_link is not UNSET:
            field_dict["payment_link"] = payment_link
        if boleto is not UNSET:
            field_dict["boleto"] = boleto

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_details_payment_settings_boleto import (
            OrderDetailsPaymentSettingsBoleto,
        )
        from ..models.order_details_payment_settings_dynamic_pix import (
            OrderDetailsPaymentSettingsDynamicPix,
        )
        from ..models.order_details_payment_settings_payment_link import (
            OrderDetailsPaymentSettingsPaymentLink,
        )

        d = dict(src_dict)
        _dynamic_pix = d.pop("dynamic_pix", UNSET)
        dynamic_pix: OrderDetailsPaymentSettingsDynamicPix | Unset
        if isinstance(_dynamic_pix, Unset):
            dynamic_pix = UNSET
        else:
            dynamic_pix = OrderDetailsPaymentSettingsDynamicPix.from_dict(_dynamic_pix)

        _payment_link = d.pop("payment_link", UNSET)
        payment_link: OrderDetailsPaymentSettingsPaymentLink | Unset
        if isinstance(_payment_link, Unset):
            payment_link = UNSET
        else:
            payment_link = OrderDetailsPaymentSettingsPaymentLink.from_dict(_payment_link)

        _boleto = d.pop("boleto", UNSET)
        boleto: OrderDetailsPaymentSettingsBoleto | Unset
        if isinstance(_boleto, Unset):
            boleto = UNSET
        else:
            boleto = OrderDetailsPaymentSettingsBoleto.from_dict(_boleto)

        order_details_payment_settings = cls(
            dynamic_pix=dynamic_pix,
            payment_link=payment_link,
            boleto=boleto,
        )
        order_details_payment_settings.additional_properties = d
        return order_details_payment_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
