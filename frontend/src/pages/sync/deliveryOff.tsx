import { Alert } from 'antd';
import { useSyncStatus } from './queries';

/** Says so when delivery to the province is switched off, where filings would otherwise wait as 待报送 without a word. */
export function DeliveryOffNotice() {
  const status = useSyncStatus();
  if (!status.data || status.data.deliveryEnabled) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="delivery-off"
      title="省级报送未开启"
      description={status.data.message}
      style={{ marginBottom: 16 }}
    />
  );
}
