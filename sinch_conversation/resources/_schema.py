"""What the run-time request check (:mod:`sinch_conversation._check`) knows of each request model.

Written by ``make generate`` from the generated models: do not edit. ``MODELS`` maps a model
to its fields (JSON key -> type) and its required keys; a type is a tuple: ``("str",)``,
``("int",)``, ``("float",)``, ``("bool",)``, ``("none",)``, ``("any",)``, ``("datetime",)``,
``("date",)``, ``("enum", name)``, ``("model", name)``, ``("list", type)``, ``("map", type)``
or ``("union", (type, ...))``. ``ENUMS`` maps an enum to its values.
"""

from typing import Any

MODELS: dict[str, tuple[dict[str, Any], frozenset[str]]] = {
    "AddressInfo": (
        {
            "city": ("str",),
            "country": ("str",),
            "state": ("str",),
            "zip": ("str",),
            "type": ("str",),
            "country_code": ("str",),
        },
        frozenset(),
    ),
    "Agent": (
        {
            "display_name": ("str",),
            "type": ("enum", "AgentType"),
            "picture_url": ("str",),
        },
        frozenset(
            {
                "display_name",
                "type",
            }
        ),
    ),
    "AppCreateRequest": (
        {
            "display_name": ("str",),
            "channel_credentials": ("list", ("model", "ConversationChannelCredential")),
            "conversation_metadata_report_view": ("enum", "ConversationMetadataReportView"),
            "retention_policy": ("model", "RetentionPolicy"),
            "dispatch_retention_policy": ("model", "RetentionPolicy"),
            "processing_mode": ("enum", "ProcessingMode"),
            "callback_settings": ("model", "CallbackSettings"),
            "smart_conversation": ("model", "SmartConversation"),
            "delivery_report_based_fallback": ("model", "DeliveryReportBasedFallback"),
            "message_retry_settings": ("model", "MessageRetrySettings"),
        },
        frozenset(
            {
                "channel_credentials",
                "display_name",
            }
        ),
    ),
    "AppEvent": (
        {
            "composing_event": ("map", ("any",)),
            "comment_reply_event": ("model", "CommentReplyEvent"),
            "composing_end_event": ("map", ("any",)),
            "agent_joined_event": ("model", "AppEventAgentJoinedEvent"),
            "agent_left_event": ("model", "AppEventAgentLeftEvent"),
            "generic_event": ("model", "AppEventGenericEvent"),
        },
        frozenset(),
    ),
    "AppEventAgentJoinedEvent": (
        {
            "agent": ("model", "Agent"),
        },
        frozenset(),
    ),
    "AppEventAgentLeftEvent": (
        {
            "agent": ("model", "Agent"),
        },
        frozenset(),
    ),
    "AppEventGenericEvent": (
        {
            "payload": ("map", ("any",)),
        },
        frozenset(
            {
                "payload",
            }
        ),
    ),
    "AppleBcCredentials": (
        {
            "business_chat_account_id": ("str",),
            "merchant_id": ("str",),
            "apple_pay_certificate_reference": ("str",),
            "apple_pay_certificate_password": ("str",),
        },
        frozenset(
            {
                "business_chat_account_id",
            }
        ),
    ),
    "AppMessage": (
        {
            "card_message": ("model", "CardMessage"),
            "carousel_message": ("model", "CarouselMessage"),
            "choice_message": ("model", "ChoiceMessage"),
            "explicit_channel_message": ("map", ("str",)),
            "location_message": ("model", "LocationMessage"),
            "media_message": ("model", "MediaMessage"),
            "template_message": ("model", "TemplateMessage"),
            "text_message": ("model", "TextMessage"),
            "list_message": ("model", "ListMessage"),
            "contact_info_message": ("model", "ContactInfoMessage"),
            "explicit_channel_omni_message": ("map", ("model", "OmniMessageOverride")),
            "channel_specific_message": ("map", ("model", "ChannelSpecificMessage")),
            "agent": ("model", "Agent"),
        },
        frozenset(),
    ),
    "AppUpdateRequest": (
        {
            "display_name": ("str",),
            "channel_credentials": ("list", ("model", "ConversationChannelCredential")),
            "conversation_metadata_report_view": ("enum", "ConversationMetadataReportView"),
            "retention_policy": ("model", "RetentionPolicy"),
            "dispatch_retention_policy": ("model", "RetentionPolicy"),
            "processing_mode": ("enum", "ProcessingMode"),
            "callback_settings": ("model", "CallbackSettings"),
            "smart_conversation": ("model", "SmartConversation"),
            "delivery_report_based_fallback": ("model", "DeliveryReportBasedFallback"),
            "message_retry_settings": ("model", "MessageRetrySettings"),
        },
        frozenset(),
    ),
    "BasicAuthCredential": (
        {
            "password": ("str",),
            "username": ("str",),
        },
        frozenset(
            {
                "password",
                "username",
            }
        ),
    ),
    "BatchChannelIdentity": (
        {
            "channel": ("enum", "BatchContactChannel"),
            "identity": ("str",),
            "app_id": ("str",),
        },
        frozenset(
            {
                "channel",
                "identity",
            }
        ),
    ),
    "BatchContact": (
        {
            "channel_identities": ("list", ("model", "BatchChannelIdentity")),
            "language": ("enum", "BatchContactLanguage"),
            "channel_priority": ("list", ("enum", "BatchContactChannel")),
            "display_name": ("str",),
            "email": ("str",),
        },
        frozenset(
            {
                "channel_identities",
                "language",
            }
        ),
    ),
    "BatchRecipient": (
        {
            "contact_id": ("str",),
            "identified_by": ("model", "BatchRecipientIdentifiedBy"),
        },
        frozenset(),
    ),
    "BatchRecipientIdentifiedBy": (
        {
            "channel_identities": ("list", ("model", "ChannelIdentity")),
        },
        frozenset(
            {
                "channel_identities",
            }
        ),
    ),
    "Boleto": (
        {
            "type": ("enum", "BoletoType"),
            "digitable_line": ("str",),
        },
        frozenset(
            {
                "digitable_line",
                "type",
            }
        ),
    ),
    "CallbackSettings": (
        {
            "secret_for_overridden_callback_urls": ("str",),
        },
        frozenset(),
    ),
    "CallMessage": (
        {
            "phone_number": ("str",),
            "title": ("str",),
        },
        frozenset(
            {
                "phone_number",
                "title",
            }
        ),
    ),
    "CancelBatchRequest": (
        {
            "batch_id": ("str",),
            "metadata_key": ("str",),
            "metadata_value": ("str",),
        },
        frozenset(),
    ),
    "CardMessage": (
        {
            "choices": ("list", ("model", "Choice")),
            "description": ("str",),
            "height": ("enum", "CardHeight"),
            "media_message": ("model", "MediaMessage"),
            "title": ("str",),
            "message_properties": ("model", "CardMessageMessageProperties"),
        },
        frozenset(),
    ),
    "CardMessageMessageProperties": (
        {
            "whatsapp_header": ("str",),
        },
        frozenset(),
    ),
    "CarouselMessage": (
        {
            "cards": ("list", ("model", "CardMessage")),
            "choices": ("list", ("model", "Choice")),
        },
        frozenset(
            {
                "cards",
            }
        ),
    ),
    "ChannelIdentities": (
        {
            "channel_identities": ("list", ("model", "ChannelRecipientIdentity")),
        },
        frozenset(
            {
                "channel_identities",
            }
        ),
    ),
    "ChannelIdentity": (
        {
            "channel": ("enum", "ConversationChannel"),
            "identity": ("str",),
            "app_id": ("str",),
        },
        frozenset(
            {
                "channel",
                "identity",
            }
        ),
    ),
    "ChannelIntegrationState": (
        {
            "status": ("enum", "ChannelIntegrationStateStatus"),
            "description": ("str",),
        },
        frozenset(
            {
                "status",
            }
        ),
    ),
    "ChannelRecipientIdentity": (
        {
            "channel": ("enum", "ConversationChannel"),
            "identity": ("str",),
        },
        frozenset(
            {
                "channel",
                "identity",
            }
        ),
    ),
    "ChannelSpecificContactMessage": (
        {
            "message_type": ("enum", "ChannelSpecificContactMessageMessageType"),
            "message": ("model", "WhatsAppInteractiveNfmReplyMessage"),
        },
        frozenset(
            {
                "message",
                "message_type",
            }
        ),
    ),
    "ChannelSpecificMessage": (
        {
            "message_type": ("enum", "ChannelSpecificMessageMessageType"),
            "message": (
                "union",
                (
                    ("model", "KakaoTalkCarouselCommerce"),
                    ("model", "KakaoTalkCommerce"),
                    ("model", "LineNotificationTemplate"),
                    ("model", "WhatsAppFlow"),
                    ("model", "WhatsAppPaymentOrderDetails"),
                    ("model", "WhatsAppPaymentOrderStatus"),
                ),
            ),
        },
        frozenset(
            {
                "message",
                "message_type",
            }
        ),
    ),
    "ChannelTemplateOverride": (
        {
            "WHATSAPP": ("model", "ChannelTemplateReference"),
            "KAKAOTALK": ("model", "ChannelTemplateReference"),
        },
        frozenset(),
    ),
    "ChannelTemplateReference": (
        {
            "template_reference": ("model", "TemplateReference"),
            "parameter_mappings": ("map", ("str",)),
        },
        frozenset(),
    ),
    "Choice": (
        {
            "call_message": ("model", "CallMessage"),
            "location_message": ("model", "LocationMessage"),
            "postback_data": ("str",),
            "text_message": ("model", "TextMessage"),
            "url_message": ("model", "UrlMessage"),
            "calendar_message": ("model", "ChoiceCalendarMessage"),
            "share_location_message": ("model", "ChoiceShareLocationMessage"),
        },
        frozenset(),
    ),
    "ChoiceCalendarMessage": (
        {
            "title": ("str",),
            "event_start": ("datetime",),
            "event_end": ("datetime",),
            "event_title": ("str",),
            "fallback_url": ("str",),
            "event_description": ("str",),
        },
        frozenset(
            {
                "event_end",
                "event_start",
                "event_title",
                "fallback_url",
                "title",
            }
        ),
    ),
    "ChoiceItem": (
        {
            "title": ("str",),
            "description": ("str",),
            "media": ("model", "MediaMessage"),
            "postback_data": ("str",),
        },
        frozenset(
            {
                "title",
            }
        ),
    ),
    "ChoiceMessage": (
        {
            "choices": ("list", ("model", "Choice")),
            "text_message": ("model", "TextMessage"),
            "message_properties": ("model", "ChoiceMessageMessageProperties"),
        },
        frozenset(
            {
                "choices",
            }
        ),
    ),
    "ChoiceMessageMessageProperties": (
        {
            "whatsapp_footer": ("str",),
        },
        frozenset(),
    ),
    "ChoiceResponseMessage": (
        {
            "message_id": ("str",),
            "postback_data": ("str",),
        },
        frozenset(
            {
                "message_id",
                "postback_data",
            }
        ),
    ),
    "ChoiceShareLocationMessage": (
        {
            "title": ("str",),
            "fallback_url": ("str",),
        },
        frozenset(
            {
                "fallback_url",
                "title",
            }
        ),
    ),
    "ClientCredentials": (
        {
            "client_id": ("str",),
            "client_secret": ("str",),
            "endpoint": ("str",),
            "scope": ("str",),
            "response_type": ("str",),
            "token_request_type": ("enum", "ClientCredentialsTokenRequestType"),
        },
        frozenset(
            {
                "client_id",
                "client_secret",
                "endpoint",
            }
        ),
    ),
    "CommentReplyEvent": (
        {
            "text": ("str",),
        },
        frozenset(
            {
                "text",
            }
        ),
    ),
    "ConsentRecord": (
        {
            "identification": ("str",),
            "consent_type": ("enum", "ConsentType"),
        },
        frozenset(
            {
                "identification",
            }
        ),
    ),
    "ContactCreateRequest": (
        {
            "channel_identities": ("list", ("model", "ChannelIdentity")),
            "channel_priority": ("list", ("enum", "ConversationChannel")),
            "display_name": ("str",),
            "email": ("str",),
            "external_id": ("str",),
            "metadata": ("str",),
            "language": ("enum", "ContactLanguage"),
        },
        frozenset(
            {
                "channel_identities",
            }
        ),
    ),
    "ContactInfoMessage": (
        {
            "name": ("model", "ContactInfoMessageName"),
            "phone_numbers": ("list", ("model", "ContactInfoMessagePhoneNumbersItem")),
            "addresses": ("list", ("model", "AddressInfo")),
            "email_addresses": ("list", ("model", "EmailInfo")),
            "organization": ("model", "ContactInfoMessageOrganization"),
            "urls": ("list", ("model", "ContactInfoMessageUrlsItem")),
            "birthday": ("str",),
        },
        frozenset(
            {
                "name",
                "phone_numbers",
            }
        ),
    ),
    "ContactInfoMessageName": (
        {
            "full_name": ("str",),
            "first_name": ("str",),
            "last_name": ("str",),
            "middle_name": ("str",),
            "prefix": ("str",),
            "suffix": ("str",),
        },
        frozenset(
            {
                "full_name",
            }
        ),
    ),
    "ContactInfoMessageOrganization": (
        {
            "company": ("str",),
            "department": ("str",),
            "title": ("str",),
        },
        frozenset(),
    ),
    "ContactInfoMessagePhoneNumbersItem": (
        {
            "phone_number": ("str",),
            "type": ("str",),
        },
        frozenset(
            {
                "phone_number",
            }
        ),
    ),
    "ContactInfoMessageUrlsItem": (
        {
            "url": ("str",),
            "type": ("str",),
        },
        frozenset(
            {
                "url",
            }
        ),
    ),
    "ContactMessage": (
        {
            "choice_response_message": ("model", "ChoiceResponseMessage"),
            "fallback_message": ("model", "FallbackMessage"),
            "location_message": ("model", "LocationMessage"),
            "media_card_message": ("model", "MediaCardMessage"),
            "media_message": ("model", "MediaMessage"),
            "reply_to": ("union", (("none",), ("model", "ReplyTo"))),
            "text_message": ("model", "TextMessage"),
            "product_response_message": ("model", "ProductResponseMessage"),
            "channel_specific_message": ("model", "ChannelSpecificContactMessage"),
        },
        frozenset(),
    ),
    "ContactRecipient": (
        {
            "contact_id": ("str",),
        },
        frozenset(
            {
                "contact_id",
            }
        ),
    ),
    "ContactSettings": (
        {
            "unified_contact_id_enabled": ("bool",),
        },
        frozenset(),
    ),
    "ContactUpdateRequest": (
        {
            "channel_identities": ("list", ("model", "ChannelIdentity")),
            "channel_priority": ("list", ("enum", "ConversationChannel")),
            "display_name": ("str",),
            "email": ("str",),
            "external_id": ("str",),
            "metadata": ("str",),
            "language": ("enum", "ContactLanguage"),
            "id": ("str",),
        },
        frozenset(),
    ),
    "ConversationChannelCredential": (
        {
            "channel": ("enum", "ConversationChannel"),
            "callback_secret": ("str",),
            "mms_credentials": ("model", "MMSCredentials"),
            "static_bearer": ("model", "StaticBearerCredential"),
            "static_token": ("model", "StaticTokenCredential"),
            "instagram_credentials": ("model", "InstagramCredentials"),
            "telegram_credentials": ("model", "TelegramCredentials"),
            "kakaotalk_credentials": ("model", "KakaoTalkCredentials"),
            "kakaotalkchat_credentials": ("model", "KakaoTalkChatCredentials"),
            "line_credentials": ("model", "LineCredentials"),
            "line_enterprise_credentials": ("model", "LineEnterpriseCredentials"),
            "wechat_credentials": ("model", "WeChatCredentials"),
            "applebc_credentials": ("model", "AppleBcCredentials"),
            "credential_ordinal_number": ("int",),
            "state": ("model", "ChannelIntegrationState"),
            "channel_known_id": ("str",),
        },
        frozenset(
            {
                "channel",
            }
        ),
    ),
    "ConversationCreateRequest": (
        {
            "app_id": ("str",),
            "contact_id": ("str",),
            "active": ("bool",),
            "active_channel": ("enum", "ConversationChannel"),
            "metadata": ("str",),
            "metadata_json": ("map", ("any",)),
            "correlation_id": ("str",),
        },
        frozenset(
            {
                "app_id",
                "contact_id",
            }
        ),
    ),
    "ConversationUpdateRequest": (
        {
            "active": ("bool",),
            "active_channel": ("enum", "ConversationChannel"),
            "metadata": ("str",),
            "metadata_json": ("map", ("any",)),
            "correlation_id": ("str",),
            "id": ("str",),
            "app_id": ("str",),
            "contact_id": ("str",),
        },
        frozenset(),
    ),
    "Coordinates": (
        {
            "latitude": ("float",),
            "longitude": ("float",),
        },
        frozenset(
            {
                "latitude",
                "longitude",
            }
        ),
    ),
    "CreateContactsRequest": (
        {
            "contacts": ("list", ("model", "BatchContact")),
        },
        frozenset(
            {
                "contacts",
            }
        ),
    ),
    "DeleteContactsRequest": (
        {
            "contact_ids": ("list", ("str",)),
        },
        frozenset(
            {
                "contact_ids",
            }
        ),
    ),
    "DeliveryReportBasedFallback": (
        {
            "enabled": ("bool",),
            "delivery_report_waiting_time": ("int",),
        },
        frozenset(),
    ),
    "DynamicPix": (
        {
            "type": ("enum", "DynamicPixType"),
            "code": ("str",),
            "merchant_name": ("str",),
            "key": ("str",),
            "key_type": ("enum", "DynamicPixKeyType"),
        },
        frozenset(
            {
                "code",
                "key",
                "key_type",
                "merchant_name",
                "type",
            }
        ),
    ),
    "EmailInfo": (
        {
            "email_address": ("str",),
            "type": ("str",),
        },
        frozenset(
            {
                "email_address",
            }
        ),
    ),
    "FallbackMessage": (
        {
            "raw_message": ("str",),
            "reason": ("model", "Reason"),
        },
        frozenset(),
    ),
    "GetChannelProfileRequest": (
        {
            "app_id": ("str",),
            "recipient": (
                "union",
                (("model", "ContactRecipient"), ("model", "IdentifiedRecipient")),
            ),
            "channel": ("enum", "ChannelProfileChannel"),
        },
        frozenset(
            {
                "app_id",
                "channel",
                "recipient",
            }
        ),
    ),
    "IdentifiedRecipient": (
        {
            "identified_by": ("model", "ChannelIdentities"),
        },
        frozenset(
            {
                "identified_by",
            }
        ),
    ),
    "InjectEventRequest": (
        {
            "app_event": ("model", "AppEvent"),
            "accept_time": ("datetime",),
            "conversation_id": ("str",),
            "contact_id": ("str",),
            "channel_identity": ("model", "ChannelIdentity"),
            "processing_mode": ("enum", "ProcessingMode"),
        },
        frozenset(
            {
                "accept_time",
                "app_event",
            }
        ),
    ),
    "InjectMessageRequest": (
        {
            "accept_time": ("datetime",),
            "channel_identity": ("model", "ChannelIdentity"),
            "contact_id": ("str",),
            "direction": ("enum", "ConversationDirection"),
            "app_message": ("model", "AppMessage"),
            "contact_message": ("model", "ContactMessage"),
            "metadata": ("str",),
            "sender_id": ("str",),
            "processing_mode": ("enum", "ProcessingMode"),
            "conversation_id": ("str",),
        },
        frozenset(
            {
                "accept_time",
                "channel_identity",
                "contact_id",
                "direction",
            }
        ),
    ),
    "InsertConsentsRequest": (
        {
            "app_id": ("str",),
            "consent_records": ("list", ("model", "ConsentRecord")),
        },
        frozenset(
            {
                "app_id",
                "consent_records",
            }
        ),
    ),
    "InstagramCredentials": (
        {
            "token": ("str",),
            "business_account_id": ("str",),
        },
        frozenset(
            {
                "token",
            }
        ),
    ),
    "KakaoTalkAppLinkButton": (
        {
            "type": ("enum", "KakaoTalkAppLinkButtonType"),
            "name": ("str",),
            "scheme_ios": ("str",),
            "scheme_android": ("str",),
        },
        frozenset(
            {
                "name",
                "scheme_android",
                "scheme_ios",
                "type",
            }
        ),
    ),
    "KakaoTalkBotKeywordButton": (
        {
            "type": ("enum", "KakaoTalkBotKeywordButtonType"),
            "name": ("str",),
        },
        frozenset(
            {
                "name",
                "type",
            }
        ),
    ),
    "KakaoTalkCarousel": (
        {
            "list": ("list", ("model", "KakaoTalkMessage")),
            "head": ("model", "KakaoTalkCarouselHead"),
            "tail": ("model", "KakaoTalkCarouselTail"),
        },
        frozenset(
            {
                "list",
            }
        ),
    ),
    "KakaoTalkCarouselCommerce": (
        {
            "carousel": ("model", "KakaoTalkCarousel"),
            "push_alarm": ("bool",),
            "adult": ("bool",),
        },
        frozenset(
            {
                "carousel",
            }
        ),
    ),
    "KakaoTalkCarouselHead": (
        {
            "header": ("str",),
            "content": ("str",),
            "image_url": ("str",),
            "link_mo": ("str",),
            "link_pc": ("str",),
            "scheme_ios": ("str",),
            "scheme_android": ("str",),
        },
        frozenset(
            {
                "content",
                "header",
                "image_url",
            }
        ),
    ),
    "KakaoTalkCarouselTail": (
        {
            "link_mo": ("str",),
            "link_pc": ("str",),
            "scheme_ios": ("str",),
            "scheme_android": ("str",),
        },
        frozenset(
            {
                "link_mo",
            }
        ),
    ),
    "KakaoTalkChatCredentials": (
        {
            "kakaotalk_plus_friend_id": ("str",),
            "api_key": ("str",),
        },
        frozenset(
            {
                "kakaotalk_plus_friend_id",
            }
        ),
    ),
    "KakaoTalkCommerce": (
        {
            "image": ("model", "KakaoTalkImage"),
            "buttons": (
                "list",
                (
                    "union",
                    (
                        ("model", "KakaoTalkAppLinkButton"),
                        ("model", "KakaoTalkBotKeywordButton"),
                        ("model", "KakaoTalkWebLinkButton"),
                    ),
                ),
            ),
            "push_alarm": ("bool",),
            "adult": ("bool",),
            "additional_content": ("str",),
            "commerce": (
                "union",
                (
                    ("model", "KakaoTalkDiscountFixedCommerce"),
                    ("model", "KakaoTalkDiscountRateCommerce"),
                    ("model", "KakaoTalkRegularPriceCommerce"),
                ),
            ),
            "coupon": (
                "union",
                (
                    ("model", "KakaoTalkDiscountRateCoupon"),
                    ("model", "KakaoTalkFixedDiscountCoupon"),
                    ("model", "KakaoTalkFreeCoupon"),
                    ("model", "KakaoTalkShippingDiscountCoupon"),
                    ("model", "KakaoTalkUpCoupon"),
                ),
            ),
        },
        frozenset(
            {
                "buttons",
                "image",
            }
        ),
    ),
    "KakaoTalkCredentials": (
        {
            "kakaotalk_plus_friend_id": ("str",),
            "kakaotalk_sender_key": ("str",),
        },
        frozenset(
            {
                "kakaotalk_plus_friend_id",
                "kakaotalk_sender_key",
            }
        ),
    ),
    "KakaoTalkDiscountFixedCommerce": (
        {
            "title": ("str",),
            "regular_price": ("float",),
            "discount_price": ("float",),
            "discount_fixed": ("float",),
            "type": ("enum", "KakaoTalkDiscountFixedCommerceType"),
        },
        frozenset(
            {
                "discount_fixed",
                "discount_price",
                "regular_price",
                "title",
            }
        ),
    ),
    "KakaoTalkDiscountRateCommerce": (
        {
            "title": ("str",),
            "regular_price": ("float",),
            "discount_price": ("float",),
            "discount_rate": ("float",),
            "type": ("enum", "KakaoTalkDiscountRateCommerceType"),
        },
        frozenset(
            {
                "discount_price",
                "discount_rate",
                "regular_price",
                "title",
            }
        ),
    ),
    "KakaoTalkDiscountRateCoupon": (
        {
            "type": ("enum", "KakaoTalkDiscountRateCouponType"),
            "discount_rate": ("int",),
            "description": ("str",),
            "link_mo": ("str",),
            "link_pc": ("str",),
            "scheme_ios": ("str",),
            "scheme_android": ("str",),
        },
        frozenset(
            {
                "discount_rate",
                "type",
            }
        ),
    ),
    "KakaoTalkFixedDiscountCoupon": (
        {
            "type": ("enum", "KakaoTalkFixedDiscountCouponType"),
            "discount_fixed": ("float",),
            "description": ("str",),
            "link_mo": ("str",),
            "link_pc": ("str",),
            "scheme_ios": ("str",),
            "scheme_android": ("str",),
        },
        frozenset(
            {
                "discount_fixed",
                "type",
            }
        ),
    ),
    "KakaoTalkFreeCoupon": (
        {
            "type": ("enum", "KakaoTalkFreeCouponType"),
            "title": ("str",),
            "description": ("str",),
            "link_mo": ("str",),
            "link_pc": ("str",),
            "scheme_ios": ("str",),
            "scheme_android": ("str",),
        },
        frozenset(
            {
                "title",
                "type",
            }
        ),
    ),
    "KakaoTalkImage": (
        {
            "image_url": ("str",),
            "image_link": ("str",),
        },
        frozenset(
            {
                "image_url",
            }
        ),
    ),
    "KakaoTalkMessage": (
        {
            "image": ("model", "KakaoTalkImage"),
            "buttons": (
                "list",
                (
                    "union",
                    (
                        ("model", "KakaoTalkAppLinkButton"),
                        ("model", "KakaoTalkBotKeywordButton"),
                        ("model", "KakaoTalkWebLinkButton"),
                    ),
                ),
            ),
            "additional_content": ("str",),
            "commerce": (
                "union",
                (
                    ("model", "KakaoTalkDiscountFixedCommerce"),
                    ("model", "KakaoTalkDiscountRateCommerce"),
                    ("model", "KakaoTalkRegularPriceCommerce"),
                ),
            ),
            "coupon": (
                "union",
                (
                    ("model", "KakaoTalkDiscountRateCoupon"),
                    ("model", "KakaoTalkFixedDiscountCoupon"),
                    ("model", "KakaoTalkFreeCoupon"),
                    ("model", "KakaoTalkShippingDiscountCoupon"),
                    ("model", "KakaoTalkUpCoupon"),
                ),
            ),
        },
        frozenset(
            {
                "buttons",
                "image",
            }
        ),
    ),
    "KakaoTalkRegularPriceCommerce": (
        {
            "title": ("str",),
            "regular_price": ("float",),
            "type": ("enum", "KakaoTalkRegularPriceCommerceType"),
        },
        frozenset(
            {
                "regular_price",
                "title",
            }
        ),
    ),
    "KakaoTalkShippingDiscountCoupon": (
        {
            "type": ("enum", "KakaoTalkShippingDiscountCouponType"),
            "description": ("str",),
            "link_mo": ("str",),
            "link_pc": ("str",),
            "scheme_ios": ("str",),
            "scheme_android": ("str",),
        },
        frozenset(
            {
                "type",
            }
        ),
    ),
    "KakaoTalkUpCoupon": (
        {
            "type": ("enum", "KakaoTalkUpCouponType"),
            "title": ("str",),
            "description": ("str",),
            "link_mo": ("str",),
            "link_pc": ("str",),
            "scheme_ios": ("str",),
            "scheme_android": ("str",),
        },
        frozenset(
            {
                "title",
                "type",
            }
        ),
    ),
    "KakaoTalkWebLinkButton": (
        {
            "type": ("enum", "KakaoTalkWebLinkButtonType"),
            "name": ("str",),
            "link_mo": ("str",),
            "link_pc": ("str",),
        },
        frozenset(
            {
                "link_mo",
                "name",
                "type",
            }
        ),
    ),
    "LineCredentials": (
        {
            "token": ("str",),
            "secret": ("str",),
            "is_default": ("bool",),
        },
        frozenset(
            {
                "secret",
                "token",
            }
        ),
    ),
    "LineEnterpriseCredentials": (
        {
            "is_default": ("bool",),
            "line_japan": ("model", "LineEnterpriseCredentialsPair"),
            "line_thailand": ("model", "LineEnterpriseCredentialsPair"),
        },
        frozenset(),
    ),
    "LineEnterpriseCredentialsPair": (
        {
            "token": ("str",),
            "secret": ("str",),
        },
        frozenset(
            {
                "secret",
                "token",
            }
        ),
    ),
    "LineNotificationTemplate": (
        {
            "template_key": ("str",),
            "body": ("model", "LineNotificationTemplateBody"),
        },
        frozenset(
            {
                "template_key",
            }
        ),
    ),
    "LineNotificationTemplateBody": (
        {
            "emphasized_item": ("model", "LineNotificationTemplateItem"),
            "items": ("list", ("model", "LineNotificationTemplateItem")),
            "buttons": ("list", ("model", "LineNotificationTemplateButton")),
        },
        frozenset(),
    ),
    "LineNotificationTemplateButton": (
        {
            "button_key": ("str",),
            "url": ("str",),
        },
        frozenset(
            {
                "button_key",
                "url",
            }
        ),
    ),
    "LineNotificationTemplateItem": (
        {
            "item_key": ("str",),
            "content": ("str",),
        },
        frozenset(
            {
                "content",
                "item_key",
            }
        ),
    ),
    "ListItem": (
        {
            "choice": ("model", "ChoiceItem"),
            "product": ("model", "ProductItem"),
        },
        frozenset(),
    ),
    "ListLastMessagesByChannelIdentityRequest": (
        {
            "channel_identities": ("union", (("list", ("str",)), ("none",))),
            "contact_ids": ("union", (("list", ("str",)), ("none",))),
            "app_id": ("union", (("none",), ("str",))),
            "messages_source": ("union", (("enum", "MessagesSource"), ("none",))),
            "page_size": ("union", (("int",), ("none",))),
            "page_token": ("union", (("none",), ("str",))),
            "view": ("union", (("enum", "ConversationMessagesView"), ("none",))),
            "start_time": ("union", (("datetime",), ("none",))),
            "end_time": ("union", (("datetime",), ("none",))),
            "channel": ("union", (("enum", "ConversationChannel"), ("none",))),
            "direction": ("union", (("enum", "ConversationDirection"), ("none",))),
        },
        frozenset(),
    ),
    "ListMessage": (
        {
            "title": ("str",),
            "sections": ("list", ("model", "ListMessageSectionsItem")),
            "description": ("str",),
            "media": ("model", "MediaMessage"),
            "message_properties": ("model", "ListMessageMessageProperties"),
        },
        frozenset(
            {
                "sections",
                "title",
            }
        ),
    ),
    "ListMessageMessageProperties": (
        {
            "catalog_id": ("str",),
            "menu": ("str",),
            "whatsapp_header": ("str",),
        },
        frozenset(),
    ),
    "ListMessageSectionsItem": (
        {
            "items": ("list", ("model", "ListItem")),
            "title": ("str",),
        },
        frozenset(
            {
                "items",
            }
        ),
    ),
    "LocationMessage": (
        {
            "coordinates": ("model", "Coordinates"),
            "title": ("str",),
            "label": ("str",),
        },
        frozenset(
            {
                "coordinates",
                "title",
            }
        ),
    ),
    "MediaCardMessage": (
        {
            "url": ("str",),
            "caption": ("str",),
        },
        frozenset(
            {
                "url",
            }
        ),
    ),
    "MediaMessage": (
        {
            "url": ("str",),
            "thumbnail_url": ("str",),
            "filename_override": ("str",),
        },
        frozenset(
            {
                "url",
            }
        ),
    ),
    "MergeContactRequest": (
        {
            "source_id": ("str",),
            "destination_id": ("str",),
            "strategy": ("enum", "ConversationMergeStrategy"),
        },
        frozenset(
            {
                "source_id",
            }
        ),
    ),
    "MessageRetrySettings": (
        {
            "retry_duration": ("int",),
        },
        frozenset(),
    ),
    "MMSCredentials": (
        {
            "account_id": ("str",),
            "api_key": ("str",),
            "basic_auth": ("model", "BasicAuthCredential"),
            "default_sender": ("str",),
        },
        frozenset(
            {
                "account_id",
                "api_key",
                "basic_auth",
            }
        ),
    ),
    "OmniMessageOverride": (
        {
            "text_message": ("model", "TextMessage"),
            "media_message": ("model", "MediaMessage"),
            "template_reference": ("model", "TemplateReference"),
            "choice_message": ("model", "ChoiceMessage"),
            "card_message": ("model", "CardMessage"),
            "carousel_message": ("model", "CarouselMessage"),
            "location_message": ("model", "LocationMessage"),
            "contact_info_message": ("model", "ContactInfoMessage"),
            "list_message": ("model", "ListMessage"),
        },
        frozenset(),
    ),
    "OptIn": (
        {
            "app_id": ("str",),
            "channels": ("list", ("enum", "ConversationChannel")),
            "recipient": (
                "union",
                (("model", "ContactRecipient"), ("model", "IdentifiedRecipient")),
            ),
            "processing_strategy": ("enum", "ProcessingStrategy"),
        },
        frozenset(
            {
                "app_id",
                "channels",
                "recipient",
            }
        ),
    ),
    "OptOut": (
        {
            "app_id": ("str",),
            "channels": ("list", ("enum", "ConversationChannel")),
            "recipient": (
                "union",
                (("model", "ContactRecipient"), ("model", "IdentifiedRecipient")),
            ),
            "processing_strategy": ("enum", "ProcessingStrategy"),
        },
        frozenset(
            {
                "app_id",
                "channels",
                "recipient",
            }
        ),
    ),
    "OrderDetailsPayment": (
        {
            "type": ("enum", "OrderDetailsPaymentType"),
            "reference_id": ("str",),
            "type_of_goods": ("enum", "OrderDetailsPaymentTypeOfGoods"),
            "total_amount_value": ("float",),
            "order": ("model", "OrderDetailsPaymentOrder"),
            "payment_settings": ("model", "OrderDetailsPaymentSettings"),
            "payment_buttons": (
                "list",
                ("union", (("model", "Boleto"), ("model", "DynamicPix"), ("model", "PaymentLink"))),
            ),
        },
        frozenset(
            {
                "order",
                "reference_id",
                "total_amount_value",
                "type",
                "type_of_goods",
            }
        ),
    ),
    "OrderDetailsPaymentOrder": (
        {
            "subtotal_value": ("float",),
            "tax_value": ("float",),
            "items": ("list", ("model", "OrderDetailsPaymentOrderItem")),
            "catalog_id": ("str",),
            "expiration_time": ("str",),
            "expiration_description": ("str",),
            "tax_description": ("str",),
            "shipping_value": ("float",),
            "shipping_description": ("str",),
            "discount_value": ("float",),
            "discount_description": ("str",),
            "discount_program_name": ("str",),
        },
        frozenset(
            {
                "items",
                "subtotal_value",
                "tax_value",
            }
        ),
    ),
    "OrderDetailsPaymentOrderItem": (
        {
            "retailer_id": ("str",),
            "name": ("str",),
            "amount_value": ("float",),
            "quantity": ("float",),
            "sale_amount_value": ("float",),
        },
        frozenset(
            {
                "amount_value",
                "name",
                "quantity",
                "retailer_id",
            }
        ),
    ),
    "OrderDetailsPaymentSettings": (
        {
            "dynamic_pix": ("model", "OrderDetailsPaymentSettingsDynamicPix"),
            "payment_link": ("model", "OrderDetailsPaymentSettingsPaymentLink"),
            "boleto": ("model", "OrderDetailsPaymentSettingsBoleto"),
        },
        frozenset(),
    ),
    "OrderDetailsPaymentSettingsBoleto": (
        {
            "digitable_line": ("str",),
        },
        frozenset(
            {
                "digitable_line",
            }
        ),
    ),
    "OrderDetailsPaymentSettingsDynamicPix": (
        {
            "code": ("str",),
            "merchant_name": ("str",),
            "key": ("str",),
            "key_type": ("enum", "OrderDetailsPaymentSettingsDynamicPixKeyType"),
            "type": ("enum", "OrderDetailsPaymentSettingsDynamicPixType"),
        },
        frozenset(
            {
                "code",
                "key",
                "key_type",
                "merchant_name",
            }
        ),
    ),
    "OrderDetailsPaymentSettingsPaymentLink": (
        {
            "uri": ("str",),
        },
        frozenset(
            {
                "uri",
            }
        ),
    ),
    "OrderStatusPayment": (
        {
            "reference_id": ("str",),
            "order": ("model", "OrderStatusPaymentDetails"),
        },
        frozenset(
            {
                "order",
                "reference_id",
            }
        ),
    ),
    "OrderStatusPaymentDetails": (
        {
            "status": ("enum", "OrderStatusPaymentDetailsStatus"),
            "description": ("str",),
        },
        frozenset(
            {
                "status",
            }
        ),
    ),
    "PaymentLink": (
        {
            "type": ("enum", "PaymentLinkType"),
            "uri": ("str",),
        },
        frozenset(
            {
                "type",
                "uri",
            }
        ),
    ),
    "ProductItem": (
        {
            "id": ("str",),
            "marketplace": ("str",),
            "quantity": ("int",),
            "item_price": ("float",),
            "currency": ("str",),
        },
        frozenset(
            {
                "id",
                "marketplace",
            }
        ),
    ),
    "ProductResponseMessage": (
        {
            "products": ("list", ("model", "ProductItem")),
            "title": ("str",),
            "catalog_id": ("str",),
        },
        frozenset(
            {
                "products",
            }
        ),
    ),
    "ProjectSettings": (
        {
            "contact_settings": ("model", "ContactSettings"),
        },
        frozenset(),
    ),
    "QueryCapability": (
        {
            "app_id": ("str",),
            "recipient": (
                "union",
                (("model", "ContactRecipient"), ("model", "IdentifiedRecipient")),
            ),
            "request_id": ("str",),
        },
        frozenset(
            {
                "app_id",
                "recipient",
            }
        ),
    ),
    "Reason": (
        {
            "code": ("enum", "ReasonCode"),
            "description": ("str",),
            "sub_code": ("enum", "ReasonSubCode"),
            "channel_code": ("str",),
        },
        frozenset(),
    ),
    "RecipientAndParams": (
        {
            "recipient": ("model", "BatchRecipient"),
            "parameters": ("map", ("str",)),
            "message_metadata": ("map", ("str",)),
            "conversation_metadata": ("map", ("str",)),
        },
        frozenset(
            {
                "recipient",
            }
        ),
    ),
    "ReplyTo": (
        {
            "message_id": ("str",),
        },
        frozenset(
            {
                "message_id",
            }
        ),
    ),
    "RetentionPolicy": (
        {
            "retention_type": ("enum", "RetentionPolicyType"),
            "ttl_days": ("int",),
        },
        frozenset(),
    ),
    "SendBatchRequest": (
        {
            "app_id": ("str",),
            "message": ("model", "AppMessage"),
            "recipient_and_params": ("list", ("model", "RecipientAndParams")),
            "processing_strategy": ("enum", "SendBatchRequestProcessingStrategy"),
            "batch_metadata": ("map", ("str",)),
            "message_metadata": ("map", ("str",)),
            "conversation_metadata": ("map", ("str",)),
            "send_after": ("datetime",),
            "callback_url": ("str",),
            "channel_priority_order": ("list", ("enum", "ConversationChannel")),
            "ttl": ("str",),
            "channel_properties": ("map", ("str",)),
            "correlation_id": ("str",),
        },
        frozenset(
            {
                "app_id",
                "message",
                "recipient_and_params",
            }
        ),
    ),
    "SendEventRequest": (
        {
            "app_id": ("str",),
            "event": ("model", "AppEvent"),
            "recipient": (
                "union",
                (("model", "ContactRecipient"), ("model", "IdentifiedRecipient")),
            ),
            "callback_url": ("str",),
            "channel_priority_order": ("list", ("enum", "ConversationChannel")),
            "event_metadata": ("str",),
            "queue": ("enum", "MessageQueue"),
        },
        frozenset(
            {
                "app_id",
                "event",
                "recipient",
            }
        ),
    ),
    "SendMessageRequest": (
        {
            "app_id": ("str",),
            "message": ("model", "AppMessage"),
            "recipient": (
                "union",
                (("model", "ContactRecipient"), ("model", "IdentifiedRecipient")),
            ),
            "callback_url": ("str",),
            "channel_priority_order": ("list", ("enum", "ConversationChannel")),
            "channel_properties": ("map", ("str",)),
            "message_metadata": ("str",),
            "queue": ("enum", "MessageQueue"),
            "ttl": ("str",),
            "conversation_metadata": ("map", ("any",)),
            "conversation_metadata_update_strategy": ("enum", "MetadataUpdateStrategy"),
            "correlation_id": ("str",),
            "processing_strategy": ("enum", "ProcessingStrategy"),
            "message_content_type": ("enum", "MessageContentType"),
        },
        frozenset(
            {
                "app_id",
                "message",
                "recipient",
            }
        ),
    ),
    "SmartConversation": (
        {
            "enabled": ("bool",),
        },
        frozenset(),
    ),
    "StaticBearerCredential": (
        {
            "claimed_identity": ("str",),
            "token": ("str",),
        },
        frozenset(
            {
                "claimed_identity",
                "token",
            }
        ),
    ),
    "StaticTokenCredential": (
        {
            "token": ("str",),
        },
        frozenset(
            {
                "token",
            }
        ),
    ),
    "TelegramCredentials": (
        {
            "token": ("str",),
        },
        frozenset(
            {
                "token",
            }
        ),
    ),
    "TemplateMessage": (
        {
            "channel_template": ("map", ("model", "TemplateReference")),
            "omni_template": ("model", "TemplateReference"),
        },
        frozenset(),
    ),
    "TemplateReference": (
        {
            "template_id": ("str",),
            "language_code": ("str",),
            "parameters": ("map", ("str",)),
            "version": ("str",),
        },
        frozenset(
            {
                "template_id",
            }
        ),
    ),
    "TemplateVariable": (
        {
            "key": ("str",),
            "preview_value": ("str",),
        },
        frozenset(),
    ),
    "TextMessage": (
        {
            "text": ("str",),
        },
        frozenset(
            {
                "text",
            }
        ),
    ),
    "TranscodeMessageRequest": (
        {
            "app_id": ("str",),
            "app_message": ("model", "AppMessage"),
            "channels": ("list", ("enum", "ConversationChannel")),
            "from": ("str",),
            "to": ("str",),
        },
        frozenset(
            {
                "app_id",
                "app_message",
                "channels",
            }
        ),
    ),
    "UpdateMessageMetadataRequest": (
        {
            "metadata": ("str",),
        },
        frozenset(
            {
                "metadata",
            }
        ),
    ),
    "UrlMessage": (
        {
            "title": ("str",),
            "url": ("str",),
        },
        frozenset(
            {
                "title",
                "url",
            }
        ),
    ),
    "V1Template": (
        {
            "id": ("str",),
            "description": ("str",),
            "channel": ("enum", "TemplateChannel"),
            "default_translation": ("str",),
            "translations": ("list", ("model", "V1TemplateTranslation")),
            "create_time": ("datetime",),
            "update_time": ("datetime",),
        },
        frozenset(),
    ),
    "V1TemplateTranslation": (
        {
            "language_code": ("str",),
            "content": ("str",),
            "version": ("str",),
            "variables": ("list", ("model", "TemplateVariable")),
            "create_time": ("datetime",),
            "update_time": ("datetime",),
        },
        frozenset(),
    ),
    "V2Template": (
        {
            "id": ("str",),
            "description": ("str",),
            "version": ("int",),
            "default_translation": ("str",),
            "translations": ("list", ("model", "V2TemplateTranslation")),
            "create_time": ("datetime",),
            "update_time": ("datetime",),
        },
        frozenset(),
    ),
    "V2TemplateTranslation": (
        {
            "language_code": ("str",),
            "version": ("str",),
            "channel_template_overrides": ("model", "ChannelTemplateOverride"),
            "variables": ("list", ("model", "TemplateVariable")),
            "create_time": ("datetime",),
            "update_time": ("datetime",),
            "card_message": ("model", "CardMessage"),
            "carousel_message": ("model", "CarouselMessage"),
            "choice_message": ("model", "ChoiceMessage"),
            "contact_info_message": ("model", "ContactInfoMessage"),
            "list_message": ("model", "ListMessage"),
            "location_message": ("model", "LocationMessage"),
            "media_message": ("model", "MediaMessage"),
            "template_message": ("model", "TemplateMessage"),
            "text_message": ("model", "TextMessage"),
        },
        frozenset(
            {
                "language_code",
            }
        ),
    ),
    "WebhookCreateRequest": (
        {
            "app_id": ("str",),
            "target": ("str",),
            "triggers": ("list", ("enum", "WebhookTrigger")),
            "target_type": ("enum", "WebhookTargetType"),
            "secret": ("str",),
            "client_credentials": ("model", "ClientCredentials"),
        },
        frozenset(
            {
                "app_id",
                "target",
                "triggers",
            }
        ),
    ),
    "WebhookUpdateRequest": (
        {
            "app_id": ("str",),
            "target": ("str",),
            "target_type": ("enum", "WebhookTargetType"),
            "secret": ("str",),
            "triggers": ("list", ("enum", "WebhookTrigger")),
            "client_credentials": ("model", "ClientCredentials"),
        },
        frozenset(),
    ),
    "WeChatCredentials": (
        {
            "app_id": ("str",),
            "app_secret": ("str",),
            "token": ("str",),
            "aes_key": ("str",),
        },
        frozenset(
            {
                "aes_key",
                "app_id",
                "app_secret",
                "token",
            }
        ),
    ),
    "WhatsAppFlow": (
        {
            "flow_id": ("str",),
            "flow_cta": ("str",),
            "header": (
                "union",
                (
                    ("model", "WhatsAppInteractiveDocumentHeader"),
                    ("model", "WhatsAppInteractiveImageHeader"),
                    ("model", "WhatsAppInteractiveTextHeader"),
                    ("model", "WhatsAppInteractiveVideoHeader"),
                ),
            ),
            "body": ("model", "WhatsAppInteractiveBody"),
            "footer": ("model", "WhatsAppInteractiveFooter"),
            "flow_token": ("str",),
            "flow_mode": ("enum", "WhatsAppFlowFlowMode"),
            "flow_action": ("enum", "WhatsAppFlowFlowAction"),
            "flow_action_payload": ("model", "WhatsAppFlowActionPayload"),
        },
        frozenset(
            {
                "flow_cta",
                "flow_id",
            }
        ),
    ),
    "WhatsAppFlowActionPayload": (
        {
            "screen": ("str",),
            "data": ("map", ("any",)),
        },
        frozenset(),
    ),
    "WhatsAppInteractiveBody": (
        {
            "text": ("str",),
        },
        frozenset(
            {
                "text",
            }
        ),
    ),
    "WhatsAppInteractiveDocumentHeader": (
        {
            "type": ("enum", "WhatsAppInteractiveDocumentHeaderType"),
            "document": ("model", "WhatsAppInteractiveHeaderMedia"),
        },
        frozenset(
            {
                "document",
                "type",
            }
        ),
    ),
    "WhatsAppInteractiveFooter": (
        {
            "text": ("str",),
        },
        frozenset(
            {
                "text",
            }
        ),
    ),
    "WhatsAppInteractiveHeaderMedia": (
        {
            "link": ("str",),
        },
        frozenset(
            {
                "link",
            }
        ),
    ),
    "WhatsAppInteractiveImageHeader": (
        {
            "type": ("enum", "WhatsAppInteractiveImageHeaderType"),
            "image": ("model", "WhatsAppInteractiveHeaderMedia"),
        },
        frozenset(
            {
                "image",
                "type",
            }
        ),
    ),
    "WhatsAppInteractiveNfmReply": (
        {
            "name": ("enum", "WhatsAppInteractiveNfmReplyName"),
            "response_json": ("str",),
            "body": ("str",),
        },
        frozenset(
            {
                "body",
                "name",
                "response_json",
            }
        ),
    ),
    "WhatsAppInteractiveNfmReplyMessage": (
        {
            "type": ("enum", "WhatsAppInteractiveNfmReplyMessageType"),
            "nfm_reply": ("model", "WhatsAppInteractiveNfmReply"),
        },
        frozenset(
            {
                "nfm_reply",
                "type",
            }
        ),
    ),
    "WhatsAppInteractiveTextHeader": (
        {
            "type": ("enum", "WhatsAppInteractiveTextHeaderType"),
            "text": ("str",),
        },
        frozenset(
            {
                "text",
                "type",
            }
        ),
    ),
    "WhatsAppInteractiveVideoHeader": (
        {
            "type": ("enum", "WhatsAppInteractiveVideoHeaderType"),
            "video": ("model", "WhatsAppInteractiveHeaderMedia"),
        },
        frozenset(
            {
                "type",
                "video",
            }
        ),
    ),
    "WhatsAppPaymentOrderDetails": (
        {
            "payment": ("model", "OrderDetailsPayment"),
            "header": (
                "union",
                (
                    ("model", "WhatsAppInteractiveDocumentHeader"),
                    ("model", "WhatsAppInteractiveImageHeader"),
                    ("model", "WhatsAppInteractiveTextHeader"),
                    ("model", "WhatsAppInteractiveVideoHeader"),
                ),
            ),
            "body": ("model", "WhatsAppInteractiveBody"),
            "footer": ("model", "WhatsAppInteractiveFooter"),
        },
        frozenset(
            {
                "payment",
            }
        ),
    ),
    "WhatsAppPaymentOrderStatus": (
        {
            "payment": ("model", "OrderStatusPayment"),
            "header": (
                "union",
                (
                    ("model", "WhatsAppInteractiveDocumentHeader"),
                    ("model", "WhatsAppInteractiveImageHeader"),
                    ("model", "WhatsAppInteractiveTextHeader"),
                    ("model", "WhatsAppInteractiveVideoHeader"),
                ),
            ),
            "body": ("model", "WhatsAppInteractiveBody"),
            "footer": ("model", "WhatsAppInteractiveFooter"),
        },
        frozenset(
            {
                "payment",
            }
        ),
    ),
}

ENUMS: dict[str, frozenset[str]] = {
    "AgentType": frozenset(
        {
            "BOT",
            "HUMAN",
            "UNKNOWN_AGENT_TYPE",
        }
    ),
    "BatchContactChannel": frozenset(
        {
            "APPLEBC",
            "INSTAGRAM",
            "KAKAOTALK",
            "KAKAOTALKCHAT",
            "LINE",
            "MESSENGER",
            "MMS",
            "RCS",
            "SMS",
            "TELEGRAM",
            "VIBERBM",
            "WECHAT",
            "WHATSAPP",
        }
    ),
    "BatchContactLanguage": frozenset(
        {
            "AF",
            "AR",
            "AZ",
            "BG",
            "BN",
            "CA",
            "CS",
            "DA",
            "DE",
            "EL",
            "EN",
            "EN_GB",
            "EN_US",
            "ES",
            "ES_AR",
            "ES_ES",
            "ES_MX",
            "ET",
            "FA",
            "FI",
            "FIL",
            "FR",
            "GA",
            "GU",
            "HA",
            "HE",
            "HI",
            "HR",
            "HU",
            "ID",
            "IT",
            "JA",
            "KK",
            "KN",
            "KO",
            "LO",
            "LT",
            "LV",
            "MK",
            "ML",
            "MR",
            "MS",
            "NB",
            "NL",
            "PA",
            "PL",
            "PT",
            "PT_BR",
            "PT_PT",
            "RO",
            "RU",
            "SK",
            "SL",
            "SQ",
            "SR",
            "SV",
            "SW",
            "TA",
            "TE",
            "TH",
            "TR",
            "UK",
            "UR",
            "UZ",
            "VI",
            "ZH",
            "ZH_CN",
            "ZH_HK",
            "ZH_TW",
            "ZU",
        }
    ),
    "BoletoType": frozenset(
        {
            "boleto",
        }
    ),
    "CardHeight": frozenset(
        {
            "MEDIUM",
            "SHORT",
            "TALL",
            "UNSPECIFIED_HEIGHT",
        }
    ),
    "ChannelIntegrationStateStatus": frozenset(
        {
            "ACTIVE",
            "FAILING",
            "PENDING",
        }
    ),
    "ChannelProfileChannel": frozenset(
        {
            "INSTAGRAM",
            "LINE",
            "MESSENGER",
            "VIBER",
        }
    ),
    "ChannelSpecificContactMessageMessageType": frozenset(
        {
            "nfm_reply",
        }
    ),
    "ChannelSpecificMessageMessageType": frozenset(
        {
            "CAROUSEL_COMMERCE",
            "COMMERCE",
            "FLOWS",
            "NOTIFICATION_MESSAGE_TEMPLATE",
            "ORDER_DETAILS",
            "ORDER_STATUS",
        }
    ),
    "ClientCredentialsTokenRequestType": frozenset(
        {
            "BASIC",
            "FORM",
        }
    ),
    "ConsentType": frozenset(
        {
            "OPT_OUT_ALL",
            "OPT_OUT_MARKETING",
            "OPT_OUT_NOTIFICATION",
        }
    ),
    "ContactLanguage": frozenset(
        {
            "AF",
            "AR",
            "AZ",
            "BG",
            "BN",
            "CA",
            "CS",
            "DA",
            "DE",
            "EL",
            "EN",
            "EN_GB",
            "EN_US",
            "ES",
            "ES_AR",
            "ES_ES",
            "ES_MX",
            "ET",
            "FA",
            "FI",
            "FIL",
            "FR",
            "GA",
            "GU",
            "HA",
            "HE",
            "HI",
            "HR",
            "HU",
            "ID",
            "IT",
            "JA",
            "KK",
            "KN",
            "KO",
            "LO",
            "LT",
            "LV",
            "MK",
            "ML",
            "MR",
            "MS",
            "NB",
            "NL",
            "PA",
            "PL",
            "PT",
            "PT_BR",
            "PT_PT",
            "RO",
            "RU",
            "SK",
            "SL",
            "SQ",
            "SR",
            "SV",
            "SW",
            "TA",
            "TE",
            "TH",
            "TR",
            "UK",
            "UNSPECIFIED",
            "UR",
            "UZ",
            "VI",
            "ZH",
            "ZH_CN",
            "ZH_HK",
            "ZH_TW",
            "ZU",
        }
    ),
    "ConversationChannel": frozenset(
        {
            "APPLEBC",
            "CHANNEL_UNSPECIFIED",
            "INSTAGRAM",
            "KAKAOTALK",
            "KAKAOTALKCHAT",
            "LINE",
            "MESSENGER",
            "MMS",
            "RCS",
            "SMS",
            "TELEGRAM",
            "VIBER",
            "VIBERBM",
            "WECHAT",
            "WHATSAPP",
        }
    ),
    "ConversationDirection": frozenset(
        {
            "TO_APP",
            "TO_CONTACT",
            "UNDEFINED_DIRECTION",
        }
    ),
    "ConversationListRecentConversationsOrder": frozenset(
        {
            "ASC",
            "DESC",
        }
    ),
    "ConversationMergeStrategy": frozenset(
        {
            "MERGE",
        }
    ),
    "ConversationMessagesView": frozenset(
        {
            "WITHOUT_METADATA",
            "WITH_METADATA",
        }
    ),
    "ConversationMetadataReportView": frozenset(
        {
            "FULL",
            "NONE",
        }
    ),
    "DynamicPixKeyType": frozenset(
        {
            "CNPJ",
            "CPF",
            "EMAIL",
            "EVP",
            "PHONE",
        }
    ),
    "DynamicPixType": frozenset(
        {
            "pix_dynamic_code",
        }
    ),
    "KakaoTalkAppLinkButtonType": frozenset(
        {
            "AL",
        }
    ),
    "KakaoTalkBotKeywordButtonType": frozenset(
        {
            "BK",
        }
    ),
    "KakaoTalkDiscountFixedCommerceType": frozenset(
        {
            "FIXED_DISCOUNT_COMMERCE",
        }
    ),
    "KakaoTalkDiscountRateCommerceType": frozenset(
        {
            "PERCENTAGE_DISCOUNT_COMMERCE",
        }
    ),
    "KakaoTalkDiscountRateCouponType": frozenset(
        {
            "PERCENTAGE_DISCOUNT_COUPON",
        }
    ),
    "KakaoTalkFixedDiscountCouponType": frozenset(
        {
            "FIXED_DISCOUNT_COUPON",
        }
    ),
    "KakaoTalkFreeCouponType": frozenset(
        {
            "FREE_COUPON",
        }
    ),
    "KakaoTalkRegularPriceCommerceType": frozenset(
        {
            "REGULAR_PRICE_COMMERCE",
        }
    ),
    "KakaoTalkShippingDiscountCouponType": frozenset(
        {
            "SHIPPING_DISCOUNT_COUPON",
        }
    ),
    "KakaoTalkUpCouponType": frozenset(
        {
            "UP_COUPON",
        }
    ),
    "KakaoTalkWebLinkButtonType": frozenset(
        {
            "WL",
        }
    ),
    "MessageContentType": frozenset(
        {
            "CONTENT_MARKETING",
            "CONTENT_NOTIFICATION",
            "CONTENT_UNKNOWN",
        }
    ),
    "MessageQueue": frozenset(
        {
            "HIGH_PRIORITY",
            "NORMAL_PRIORITY",
        }
    ),
    "MessagesSource": frozenset(
        {
            "CONVERSATION_SOURCE",
            "DISPATCH_SOURCE",
        }
    ),
    "MetadataUpdateStrategy": frozenset(
        {
            "MERGE_PATCH",
            "REPLACE",
        }
    ),
    "OrderDetailsPaymentSettingsDynamicPixKeyType": frozenset(
        {
            "CNPJ",
            "CPF",
            "EMAIL",
            "EVP",
            "PHONE",
        }
    ),
    "OrderDetailsPaymentSettingsDynamicPixType": frozenset(
        {
            "pix_dynamic_code",
        }
    ),
    "OrderDetailsPaymentType": frozenset(
        {
            "br",
            "sg",
        }
    ),
    "OrderDetailsPaymentTypeOfGoods": frozenset(
        {
            "digital-goods",
            "physical-goods",
        }
    ),
    "OrderStatusPaymentDetailsStatus": frozenset(
        {
            "canceled",
            "completed",
            "partially-shipped",
            "pending",
            "processing",
            "shipped",
        }
    ),
    "PaymentLinkType": frozenset(
        {
            "payment_link",
        }
    ),
    "ProcessingMode": frozenset(
        {
            "CONVERSATION",
            "DISPATCH",
        }
    ),
    "ProcessingStrategy": frozenset(
        {
            "DEFAULT",
            "DISPATCH_ONLY",
        }
    ),
    "ReasonCode": frozenset(
        {
            "BAD_REQUEST",
            "CHANNEL_BAD_CONFIGURATION",
            "CHANNEL_CONFIGURATION_MISSING",
            "CHANNEL_FAILURE",
            "CHANNEL_REJECT",
            "CONTACT_NOT_FOUND",
            "DELIVERY_REJECTED_DUE_TO_POLICY",
            "DELIVERY_REPORT_TIME_OUT",
            "DELIVERY_TIMED_OUT",
            "INACTIVE_CREDENTIAL",
            "INTERNAL_ERROR",
            "MEDIA_NOT_REACHABLE",
            "MEDIA_TOO_LARGE",
            "MEDIA_TYPE_UNSUPPORTED",
            "MESSAGE_EXPIRED",
            "MESSAGE_SPLIT_REQUIRED",
            "NO_CHANNELS_LEFT",
            "NO_CHANNEL_IDENTITY_FOR_CONTACT",
            "NO_PERMISSION",
            "NO_PROFILE_AVAILABLE",
            "OUTSIDE_ALLOWED_SENDING_WINDOW",
            "RATE_LIMITED",
            "RECIPIENT_INVALID_CHANNEL_IDENTITY",
            "RECIPIENT_NOT_OPTED_IN",
            "RECIPIENT_NOT_REACHABLE",
            "TEMPLATE_INSUFFICIENT_PARAMETERS",
            "TEMPLATE_NON_EXISTING_LANGUAGE_OR_VERSION",
            "TEMPLATE_NOT_FOUND",
            "UNKNOWN",
            "UNKNOWN_APP",
            "UNSUPPORTED_OPERATION",
        }
    ),
    "ReasonSubCode": frozenset(
        {
            "ATTACHMENT_REJECTED",
            "INACTIVE_SENDER",
            "MEDIA_TYPE_UNDETERMINED",
            "UNSPECIFIED_SUB_CODE",
        }
    ),
    "RetentionPolicyType": frozenset(
        {
            "CONVERSATION_EXPIRE_POLICY",
            "MESSAGE_EXPIRE_POLICY",
            "PERSIST_RETENTION_POLICY",
        }
    ),
    "SendBatchRequestProcessingStrategy": frozenset(
        {
            "DEFAULT",
            "DISPATCH_ONLY",
        }
    ),
    "TemplateChannel": frozenset(
        {
            "APPLEBC",
            "CONVERSATION",
            "INSTAGRAM",
            "KAKAOTALK",
            "MESSENGER",
            "RCS",
            "SMS",
            "TELEGRAM",
            "UNSPECIFIED",
            "VIBERBM",
            "WHATSAPP",
        }
    ),
    "WebhookTargetType": frozenset(
        {
            "DISMISS",
            "HTTP",
        }
    ),
    "WebhookTrigger": frozenset(
        {
            "BATCH_STATUS_UPDATE",
            "CAPABILITY",
            "CHANNEL_EVENT",
            "CONTACT_CREATE",
            "CONTACT_DELETE",
            "CONTACT_IDENTITIES_DUPLICATION",
            "CONTACT_MERGE",
            "CONTACT_UPDATE",
            "CONVERSATION_DELETE",
            "CONVERSATION_START",
            "CONVERSATION_STOP",
            "EVENT_DELIVERY",
            "EVENT_INBOUND",
            "MESSAGE_DELIVERY",
            "MESSAGE_INBOUND",
            "MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION",
            "MESSAGE_SUBMIT",
            "OPT_IN",
            "OPT_OUT",
            "RECORD_NOTIFICATION",
            "SMART_CONVERSATION",
            "UNSPECIFIED_TRIGGER",
            "UNSUPPORTED",
        }
    ),
    "WhatsAppFlowFlowAction": frozenset(
        {
            "data_exchange",
            "navigate",
        }
    ),
    "WhatsAppFlowFlowMode": frozenset(
        {
            "draft",
            "published",
        }
    ),
    "WhatsAppInteractiveDocumentHeaderType": frozenset(
        {
            "document",
        }
    ),
    "WhatsAppInteractiveImageHeaderType": frozenset(
        {
            "image",
        }
    ),
    "WhatsAppInteractiveNfmReplyMessageType": frozenset(
        {
            "nfm_reply",
        }
    ),
    "WhatsAppInteractiveNfmReplyName": frozenset(
        {
            "address_message",
            "flow",
        }
    ),
    "WhatsAppInteractiveTextHeaderType": frozenset(
        {
            "text",
        }
    ),
    "WhatsAppInteractiveVideoHeaderType": frozenset(
        {
            "video",
        }
    ),
}
