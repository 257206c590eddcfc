package cn.harbin.fertility.citizen;

import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.PhoneNumbers;
import java.io.Serializable;

/**
 * A citizen signed in to the portal: an identity number and a mobile number whose possession an SMS code proved.
 * A case opens to them only when both match a party of the case ({@code case_party}).
 */
public record Citizen(String idNumber, String phone) implements Serializable {

  public String maskedIdNumber() {
    return IdentityNumber.parse(idNumber).orElseThrow().masked();
  }

  public String maskedPhone() {
    return PhoneNumbers.masked(phone);
  }
}
