from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.order_status_payment import OrderStatusPayment
    from ..models.whats_app_interactive_body import WhatsAppInteractiveBody
    from ..models.whats_app_interactive_document_header import (
        WhatsAppInteractiveDocumentHeader,
    )
    from ..models.whats_app_interactive_footer import WhatsAppInteractiveFooter
    from ..models.whats_app_interactive_image_header import (
        WhatsAppInteractiveImageHeader,
    )
    from ..models.whats_app_interactive_text_header import WhatsAppInteractiveTextHeader
    from ..models.whats_app_interactive_video_header import (
        WhatsAppInteractiveVideoHeader,
    )


T = TypeVar("T", bound="WhatsAppPaymentOrderStatus")


@_attrs_define(repr=False)
class WhatsAppPaymentOrderStatus:
    """A WhatsApp order status update (message_type ORDER_STATUS)."""

    payment: OrderStatusPayment
    header: (
        Unset
        | WhatsAppInteractiveDocumentHeader
        | WhatsAppInteractiveImageHeader
        | WhatsAppInteractiveTextHeader
        | WhatsAppInteractiveVideoHeader
    ) = UNSET
    """ Header of a WhatsApp interactive message. """
    body: WhatsAppInteractiveBody | Unset = UNSET
    footer: WhatsAppInteractiveFooter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("payment", False),
                ("header", False),
                ("body", False),
                ("footer", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        from ..models.whats_app_interactive_document_header import (
            WhatsAppInteractiveDocumentHeader,
        )
        from ..models.whats_app_interactive_image_header import (
            WhatsAppInteractiveImageHeader,
        )
        from ..models.whats_app_interactive_text_header import (
            WhatsAppInteractiveTextHeader,
        )

        payment = self.payment.to_dict()

        header: dict[str, Any] | Unset
        if isinstance(self.header, Unset):
            header = UNSET
        elif (
            isinstance(self.header, WhatsAppInteractiveTextHeader)
            or isinstance(self.header, WhatsAppInteractiveImageHeader)
            or isinstance(self.header, WhatsAppInteractiveDocumentHeader)
        ):
            header = self.header.to_dict()
        else:
            header = self.header.to_dict()

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        footer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.footer, Unset):
            footer = self.footer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment": payment,
            }
        )
        if header is not UNSET:
            field_dict["header"] = header
        if body is not UNSET:
            field_dict["body"] = body
        if footer is not UNSET:
            field_dict["footer"] = footer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_status_payment import OrderStatusPayment
        from ..models.whats_app_interactive_body import WhatsAppInteractiveBody
        from ..models.whats_app_interactive_document_header import (
            WhatsAppInteractiveDocumentHeader,
        )
        from ..models.whats_app_interactive_footer import WhatsAppInteractiveFooter
        from ..models.whats_app_interactive_image_header import (
            WhatsAppInteractiveImageHeader,
        )
        from ..models.whats_app_interactive_text_header import (
            WhatsAppInteractiveTextHeader,
        )
        from ..models.whats_app_interactive_video_header import (
            WhatsAppInteractiveVideoHeader,
        )

        d = dict(src_dict)
        try:
            payment = OrderStatusPayment.from_dict(d.pop("payment"))

            def _parse_header(
                data: object,
            ) -> (
                Unset
                | WhatsAppInteractiveDocumentHeader
                | WhatsAppInteractiveImageHeader
                | WhatsAppInteractiveTextHeader
                | WhatsAppInteractiveVideoHeader
            ):
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    kind = data.get("type")
                    if kind == "text":
                        return WhatsAppInteractiveTextHeader.from_dict(data)
                    if kind == "image":
                        return WhatsAppInteractiveImageHeader.from_dict(data)
                    if kind == "document":
                        return WhatsAppInteractiveDocumentHeader.from_dict(data)
                    if kind == "video":
                        return WhatsAppInteractiveVideoHeader.from_dict(data)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_whats_app_interactive_header_type_0 = (
                        WhatsAppInteractiveTextHeader.from_dict(data)
                    )

                    return componentsschemas_whats_app_interactive_header_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_whats_app_interactive_header_type_1 = (
                        WhatsAppInteractiveImageHeader.from_dict(data)
                    )

                    return componentsschemas_whats_app_interactive_header_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_whats_app_interactive_header_type_2 = (
                        WhatsAppInteractiveDocumentHeader.from_dict(data)
                    )

                    return componentsschemas_whats_app_interactive_header_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_whats_app_interactive_header_type_3 = (
                    WhatsAppInteractiveVideoHeader.from_dict(data)
                )

                return componentsschemas_whats_app_interactive_header_type_3

            header = _parse_header(d.pop("header", UNSET))

            _body = d.pop("body", UNSET)
            body: WhatsAppInteractiveBody | Unset
            if isinstance(_body, Unset):
                body = UNSET
            else:
                body = WhatsAppInteractiveBody.from_dict(_body)

            _footer = d.pop("footer", UNSET)
            footer: WhatsAppInteractiveFooter | Unset
            if isinstance(_footer, Unset):
                footer = UNSET
            else:
                footer = WhatsAppInteractiveFooter.from_dict(_footer)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        whats_app_payment_order_status = cls(
            payment=payment,
            header=header,
            body=body,
            footer=footer,
        )
        whats_app_payment_order_status.additional_properties = d
        return whats_app_payment_order_status

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
