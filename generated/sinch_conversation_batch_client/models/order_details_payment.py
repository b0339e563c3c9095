from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.order_details_payment_type import OrderDetailsPaymentType
from ..models.order_details_payment_type_of_goods import OrderDetailsPaymentTypeOfGoods
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.boleto import Boleto
    from ..models.dynamic_pix import DynamicPix
    from ..models.order_details_payment_order import OrderDetailsPaymentOrder
    from ..models.order_details_payment_settings import OrderDetailsPaymentSettings
    from ..models.payment_link import PaymentLink


T = TypeVar("T", bound="OrderDetailsPayment")


@_attrs_define(repr=False)
class OrderDetailsPayment:
    type_: OrderDetailsPaymentType
    reference_id: str
    type_of_goods: OrderDetailsPaymentTypeOfGoods
    total_amount_value: float
    order: OrderDetailsPaymentOrder
    payment_settings: OrderDetailsPaymentSettings | Unset = UNSET
    """ Deprecated: use payment_buttons. Exactly one of dynamic_pix, payment_link, boleto. """
    payment_buttons: list[Boleto | DynamicPix | PaymentLink] = _attrs_field(factory=AbsentList)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("type_", False),
                ("reference_id", False),
                ("type_of_goods", False),
                ("total_amount_value", False),
                ("order", False),
                ("payment_settings", False),
                ("payment_buttons", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dynamic_pix import DynamicPix
        from ..models.payment_link import PaymentLink

        type_ = self.type_.value

        reference_id = self.reference_id

        type_of_goods = self.type_of_goods.value

        total_amount_value = self.total_amount_value

        order = self.order.to_dict()

        payment_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_settings, Unset):
            payment_settings = self.payment_settings.to_dict()

        payment_buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_buttons, Unset):
            payment_buttons = []
            for payment_buttons_item_data in self.payment_buttons:
                payment_buttons_item: dict[str, Any]
                if isinstance(payment_buttons_item_data, DynamicPix) or isinstance(
                    payment_buttons_item_data, PaymentLink
                ):
                    payment_buttons_item = payment_buttons_item_data.to_dict()
                else:
                    payment_buttons_item = payment_buttons_item_data.to_dict()

                payment_buttons.append(payment_buttons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "reference_id": reference_id,
                "type_of_goods": type_of_goods,
                "total_amount_value": total_amount_value,
                "order": order,
            }
        )
        if payment_settings is not UNSET:
            field_dict["payment_settings"] = payment_settings
        if payment_buttons is not UNSET and not is_absent(self.payment_buttons):
            field_dict["payment_buttons"] = payment_buttons

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boleto import Boleto
        from ..models.dynamic_pix import DynamicPix
        from ..models.order_details_payment_order import OrderDetailsPaymentOrder
        from ..models.order_details_payment_settings import OrderDetailsPaymentSettings
        from ..models.payment_link import PaymentLink

        d = dict(src_dict)
        try:
            type_ = OrderDetailsPaymentType(d.pop("type"))

            reference_id = d.pop("reference_id")

            type_of_goods = OrderDetailsPaymentTypeOfGoods(d.pop("type_of_goods"))

            total_amount_value = d.pop("total_amount_value")

            order = OrderDetailsPaymentOrder.from_dict(d.pop("order"))

            _payment_settings = d.pop("payment_settings", UNSET)
            payment_settings: OrderDetailsPaymentSettings | Unset
            if isinstance(_payment_settings, Unset):
                payment_settings = UNSET
            else:
                payment_settings = OrderDetailsPaymentSettings.from_dict(_payment_settings)

            _payment_buttons = d.pop("payment_buttons", UNSET)
            payment_buttons: list[Boleto | DynamicPix | PaymentLink] | Unset = UNSET
            if _payment_buttons is not UNSET:
                payment_buttons = []
                for payment_buttons_item_data in _payment_buttons:

                    def _parse_payment_buttons_item(
                        data: object,
                    ) -> Boleto | DynamicPix | PaymentLink:
                        if isinstance(data, dict):
                            kind = data.get("type")
                            if kind == "pix_dynamic_code":
                                return DynamicPix.from_dict(data)
                            if kind == "payment_link":
                                return PaymentLink.from_dict(data)
                            if kind == "boleto":
                                return Boleto.from_dict(data)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_order_details_payment_button_type_0 = (
                                DynamicPix.from_dict(data)
                            )

                            return componentsschemas_order_details_payment_button_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_order_details_payment_button_type_1 = (
                                PaymentLink.from_dict(data)
                            )

                            return componentsschemas_order_details_payment_button_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_order_details_payment_button_type_2 = Boleto.from_dict(
                            data
                        )

                        return componentsschemas_order_details_payment_button_type_2

                    payment_buttons_item = _parse_payment_buttons_item(payment_buttons_item_data)

                    payment_buttons.append(payment_buttons_item)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        order_details_payment = cls(
            type_=type_,
            reference_id=reference_id,
            type_of_goods=type_of_goods,
            total_amount_value=total_amount_value,
            order=order,
            payment_settings=payment_settings,
            payment_buttons=AbsentList() if isinstance(payment_buttons, Unset) else payment_buttons,
        )
        order_details_payment.additional_properties = d
        return order_details_payment

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
